import JSZip from 'jszip';
import { importArticle } from '../../../src-main/import/importArticle';
import { makeDocx } from '../../support/docx';

const encode = (text: string) => new TextEncoder().encode(text);

async function imported(bytes: Uint8Array, name: string) {
  const result = await importArticle(bytes, name);
  if (!result.ok) throw new Error(result.message);
  return result.article;
}

const BODY = [
  'Cities should price congestion, and the evidence from Stockholm shows why.',
  'Traffic fell by a fifth within a month of the charge, and it stayed down for a decade.',
];

describe('a saved web page', () => {
  const page = `<!doctype html><html><head>
    <title>Congestion pricing works | The Daily Ledger</title>
    <meta property="og:site_name" content="The Daily Ledger">
    <meta property="article:published_time" content="2024-03-05">
    <link rel="canonical" href="https://ledger.example/congestion">
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Congestion pricing works",
      "author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Tom Lee"}]}</script>
    </head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
    <div class="share"><button>Share on Facebook</button></div>
    <article>
      <h1>Congestion pricing works</h1>
      <p class="byline">By Ana Ruiz and Tom Lee</p>
      <p>${BODY[0]} It is a <em>simple</em> idea with a <a href="/x">long history</a> behind it, older than the motor car itself.</p>
      <h2>The Stockholm trial</h2>
      <p>${BODY[1]} Critics had predicted chaos on the ring roads, but none came.</p>
      <p>Shops in the centre did not lose trade, as surveys run by the city before and after the trial show.</p>
    </article>
    <aside class="related"><h3>Related</h3><ul><li><a href="/a">Ten best bikes</a></li></ul></aside>
    <form class="comments"><textarea>Leave a comment</textarea></form>
    <footer>© 2024 The Daily Ledger. All rights reserved.</footer>
    </body></html>`;

  it('keeps the article body and its headings and drops the page around it', async () => {
    const { text } = await imported(encode(page), 'congestion.html');
    expect(text.startsWith('Congestion pricing works\n\n')).toBe(true);
    expect(text).toContain(`${BODY[0]} It is a simple idea with a long history behind it`);
    expect(text).toContain('\n\nThe Stockholm trial\n\n');
    expect(text).toContain(BODY[1]);
    for (const boilerplate of [
      'Home',
      'Share on Facebook',
      'Ten best bikes',
      'Leave a comment',
      'All rights reserved',
    ]) {
      expect(text).not.toContain(boilerplate);
    }
  });

  it('finds the title, authors, site, date and URL', async () => {
    const { meta } = await imported(encode(page), 'congestion.html');
    expect(meta).toEqual({
      title: 'Congestion pricing works',
      authors: ['Ana Ruiz', 'Tom Lee'],
      publisher: 'The Daily Ledger',
      published: '2024-03-05',
      url: 'https://ledger.example/congestion',
    });
  });

  it('runs none of the page’s scripts and loads nothing it links to', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    const marker = globalThis as { pageScriptRan?: boolean };
    const calling = page
      .replace(
        '</head>',
        '<script>globalThis.pageScriptRan = true; fetch("https://tracker.example/a")</script><link rel="stylesheet" href="https://cdn.example/a.css"></head>',
      )
      .replace(
        '</article>',
        '<img src="https://tracker.example/pixel.gif" onerror="globalThis.pageScriptRan = true"><iframe src="https://ads.example/"></iframe></article>',
      );
    const { text } = await imported(encode(calling), 'calling.html');
    expect(text).toContain(BODY[1]);
    expect(marker.pageScriptRan).toBeUndefined();
    expect(fetch).not.toHaveBeenCalled();
    fetch.mockRestore();
  });

  it('says so when a page has no article in it', async () => {
    const result = await importArticle(
      encode('<html><body><nav><a href="/">Home</a></nav></body></html>'),
      'menu.html',
    );
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(/^Could not import "menu\.html": no article/),
    });
  });
});

describe('Markdown', () => {
  const markdown = [
    '---',
    'title: Why cities should price roads',
    'author: [Ana Ruiz, Tom Lee]',
    'date: 2024-03-05',
    'url: https://ledger.example/roads',
    '---',
    '# Why cities should price roads',
    '',
    `${(BODY[0] as string).replace('Stockholm', '[Stockholm](https://example.org)')} It is **simple**.`,
    '',
    '## The trial',
    '',
    `${BODY[1]}`,
    '',
    '- Traffic fell.',
    '- Trade held.',
  ].join('\n');

  it('keeps headings, drops markup and keeps link text', async () => {
    const { text } = await imported(encode(markdown), 'roads.md');
    expect(text).toBe(
      [
        'Why cities should price roads',
        `${BODY[0]} It is simple.`,
        'The trial',
        BODY[1],
        'Traffic fell.',
        'Trade held.',
      ].join('\n\n'),
    );
  });

  it('reads the front matter', async () => {
    const { meta } = await imported(encode(markdown), 'roads.md');
    expect(meta).toMatchObject({
      title: 'Why cities should price roads',
      authors: ['Ana Ruiz', 'Tom Lee'],
      published: '2024-03-05',
      url: 'https://ledger.example/roads',
    });
  });

  it('takes the author from a "By …" line when there is no front matter', async () => {
    const { meta } = await imported(encode(`# A title\n\nBy Jo Bloggs\n\n${BODY[0]}`), 'a.md');
    expect(meta).toMatchObject({ title: 'A title', authors: ['Jo Bloggs'] });
  });
});

describe('plain text', () => {
  const text = `Road pricing\n\n${BODY[0]}\n\n${BODY[1]}`;

  it('reads UTF-8 with and without a BOM, and CRLF line endings', async () => {
    const crlf = encode(text.replaceAll('\n', '\r\n'));
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...crlf]);
    expect((await imported(crlf, 'a.txt')).text).toBe(text);
    expect((await imported(bom, 'a.txt')).text).toBe(text);
  });

  it('reads UTF-16 with a BOM, little- and big-endian', async () => {
    const units = [...text].map((char) => char.charCodeAt(0));
    const le = new Uint8Array([0xff, 0xfe, ...units.flatMap((unit) => [unit & 0xff, unit >> 8])]);
    const be = new Uint8Array([0xfe, 0xff, ...units.flatMap((unit) => [unit >> 8, unit & 0xff])]);
    expect((await imported(le, 'a.txt')).text).toBe(text);
    expect((await imported(be, 'a.txt')).text).toBe(text);
  });

  it('takes a first short line followed by a blank line as the title', async () => {
    expect((await imported(encode(text), 'a.txt')).meta).toEqual({ title: 'Road pricing' });
  });

  it('refuses an empty document, naming it', async () => {
    expect(await importArticle(encode(' \n\n '), 'empty.txt')).toEqual({
      ok: false,
      message: 'Could not import "empty.txt": it has no text.',
    });
  });
});

describe('a Word document', () => {
  it('keeps headings and paragraphs and reads the core properties', async () => {
    const docx = await makeDocx(
      [
        { text: 'Road pricing', heading: 1 },
        { text: BODY[0] as string },
        { text: 'The trial', heading: 2 },
        { text: BODY[1] as string },
      ],
      { title: 'Road pricing', creator: 'Ana Ruiz' },
    );
    const article = await imported(docx, 'roads.docx');
    expect(article.text).toBe(['Road pricing', BODY[0], 'The trial', BODY[1]].join('\n\n'));
    expect(article.meta).toEqual({ title: 'Road pricing', authors: ['Ana Ruiz'] });
  });

  it('refuses a broken zip', async () => {
    const docx = await makeDocx([{ text: BODY[0] as string }]);
    const result = await importArticle(docx.subarray(0, docx.length - 40), 'cut.docx');
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(/^Could not import "cut\.docx": .*(zip|Word)/),
    });
  });

  it('refuses a zip bomb without unpacking it', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', 'a'.repeat(1024 * 1024));
    const bomb = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    // A bomb's directory claims what its data would unpack to: here 2 GiB from a few kilobytes.
    const view = new DataView(bomb.buffer);
    let directory = bomb.length - 4;
    while (view.getUint32(directory, true) !== 0x02014b50) directory--;
    view.setUint32(directory + 24, 2 ** 31, true);
    const result = await importArticle(bomb, 'bomb.docx');
    expect(result).toEqual({ ok: false, message: expect.stringContaining('zip bomb') });
  });

  it('refuses a deflate stream far larger unpacked than packed', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', ' '.repeat(40 * 1024 * 1024));
    const bomb = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(await importArticle(bomb, 'bomb.docx')).toEqual({
      ok: false,
      message: expect.stringContaining('zip bomb'),
    });
  }, 30_000);
});

describe('limits', () => {
  it('refuses a file over 64 MiB before reading it', async () => {
    const result = await importArticle(new Uint8Array(64 * 1024 * 1024 + 1), 'huge.txt');
    expect(result).toEqual({ ok: false, message: expect.stringContaining('too large to import') });
  });
});
