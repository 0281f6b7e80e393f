import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { bundleShareViewer } from '../../../scripts/buildShareViewer';
import { parseExportArgs } from '../../../src-main/cli/exportArgs';
import { exportMap } from '../../../src-main/export/exportMap';
import { PAGE_DATA_ID } from '../../../src-main/export/html/sharePage';
import { VIEWER_SCRIPT, VIEWER_STYLE } from '../../../src-main/export/html/viewerBundle';
import { loadInterFonts } from '../../../src-main/files/interFonts';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from '../../../src-shared/export/exportOptions';
import { loadMapFromText } from '../../../src-shared/load/loadMap';
import type { ArgMap } from '../../../src-shared/model/map';
import type { PageData } from '../../../src-shared/share/pageData';
import { hostileMap, PAYLOADS } from '../../support/hostileMap';

const HTML: ExportOptions = { ...DEFAULT_EXPORT_OPTIONS, format: 'html' };

async function bundledMap(): Promise<ArgMap> {
  const loaded = loadMapFromText(await readFile('maps/article.argmap.json', 'utf8'));
  if (!loaded.ok) throw new Error('the bundled map does not load');
  return loaded.value;
}

async function page(map: ArgMap, options: Partial<ExportOptions> = {}) {
  const result = await exportMap(map, { ...HTML, ...options }, { fonts: await loadInterFonts() });
  if (!result.ok) throw new Error(result.message);
  const html = new TextDecoder().decode(result.bytes);
  const { document } = parseHTML(html);
  const data = JSON.parse(document.getElementById(PAGE_DATA_ID)?.textContent ?? '') as PageData;
  return { html, document, data, bytes: result.bytes.length };
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('a map shared as one web page', () => {
  it('is one file whose policy allows exactly its own script and style, by hash', async () => {
    const { document } = await page(await bundledMap());
    const policy =
      document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    const scripts = [...document.querySelectorAll('script:not([type])')];
    const styles = [...document.querySelectorAll('style')];
    expect(scripts).toHaveLength(1);
    expect(styles).toHaveLength(1);
    expect(scripts[0]?.textContent).toBe(VIEWER_SCRIPT);
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain(`script-src ${sha256(scripts[0]?.textContent ?? '')}`);
    expect(policy).toContain(`style-src ${sha256(styles[0]?.textContent ?? '')}`);
    expect(policy).toContain('font-src data:');
    expect(policy).toContain("connect-src 'none'");
    expect(policy).not.toContain('unsafe');
  });

  it('names no address outside itself: no src or href attribute, and every url() is a data: URL', async () => {
    const { html, document } = await page(await bundledMap());
    expect(document.querySelectorAll('[src], [href], link, iframe, object, embed, img')).toHaveLength(0);
    const urls = [...html.matchAll(/url\(([^)]*)\)/g)].map((match) => match[1] ?? '');
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url.startsWith('data:font/woff2;base64,')).toBe(true);
    // The map's own texts may name sites; the page itself asks for none.
    const markup = html.replace(/<script type="application\/json"[\s\S]*?<\/script>/, '');
    expect(markup).not.toMatch(/(?:src|href)\s*=/i);
  });

  it('stays under 4 MB for the bundled map, with its thesis, every node and every step in its data', async () => {
    const map = await bundledMap();
    const { data, bytes, document } = await page(map);
    expect(bytes).toBeLessThan(4 * 1024 * 1024);
    expect(data.nodes.map((node) => node.id)).toEqual(map.nodes.map((node) => node.id));
    expect(data.steps).toHaveLength(map.tour.length);
    expect(data.thesis).toBe(map.nodes.find((node) => node.kind === 'thesis')?.id);
    expect(data.source?.text).toBe(map.source?.text);
    // Every card is drawn, and named, so the viewer can find it.
    expect(
      new Set([...document.querySelectorAll('g[data-node]')].map((g) => g.getAttribute('data-node'))),
    ).toEqual(new Set(map.nodes.map((node) => node.id)));
  });

  it('keeps every hostile text as text: no element, attribute or script comes from the map', async () => {
    const map = hostileMap() as unknown as ArgMap;
    const { html, document, data } = await page(map, { assessment: true });
    expect(document.querySelectorAll('script')).toHaveLength(2);
    expect(document.querySelectorAll('img, iframe, a, foreignObject')).toHaveLength(0);
    for (const element of document.querySelectorAll('*'))
      for (const name of element.getAttributeNames()) expect(name.startsWith('on')).toBe(false);
    const json = document.getElementById(PAGE_DATA_ID)?.textContent ?? '';
    expect(json).not.toContain('<');
    expect(data.title).toBe(map.title);
    expect(data.nodes.find((node) => node.id === 'quote')?.speaker).toBe(map.nodes[1]?.quote?.speaker);
    expect(data.source?.text).toBe(PAYLOADS.join(' '));
    expect(document.title).toBe(map.title);
    expect(html.includes('<script>window')).toBe(false);
  });

  it('leaves the source text out when asked, and each node its passage with it', async () => {
    const map = await bundledMap();
    const { data, html } = await page(map, { source: false });
    expect(data.source?.text).toBeUndefined();
    expect(data.nodes.some((node) => node.passage)).toBe(false);
    // The longest paragraph of the article: no node quotes a whole paragraph.
    const paragraph = (map.source?.text ?? '')
      .split('\n')
      .reduce((a, b) => (b.length > a.length ? b : a), '');
    expect(paragraph.length).toBeGreaterThan(200);
    expect(html.includes(paragraph)).toBe(false);
    expect(html.includes(JSON.stringify(paragraph).slice(1, -1))).toBe(false);
  });

  it('carries the assessment only when asked: a standing for each node and its marks on the drawing', async () => {
    const map = await bundledMap();
    const plain = await page(map);
    const assessed = await page(map, { assessment: true });
    expect(plain.data.nodes.some((node) => node.standing)).toBe(false);
    expect(assessed.data.nodes.find((node) => node.id === assessed.data.thesis)?.standing).toMatch(
      /^(Holds|Fails|Undecided)/,
    );
    expect(assessed.document.querySelectorAll('g[data-node]').length).toBeGreaterThan(
      plain.document.querySelectorAll('g[data-node]').length,
    );
  });

  it('refuses an empty map, as the other formats do', async () => {
    const map = { ...(await bundledMap()), nodes: [], edges: [], tour: [] };
    const result = await exportMap(map, HTML, { fonts: await loadInterFonts() });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('empty') });
  });

  it('carries the viewer its sources build today (npm run build regenerates it)', async () => {
    const fresh = await bundleShareViewer();
    expect(VIEWER_SCRIPT).toBe(fresh.script);
    expect(VIEWER_STYLE).toBe(fresh.style);
    expect(VIEWER_SCRIPT).not.toMatch(/<\/script/i);
  });
});

describe('argmap export to a web page', () => {
  it('takes the format from .html or --format html, and --no-source and --assessment', () => {
    expect(parseExportArgs(['m.argmap.json', '--out', 'talk.html'])).toMatchObject({
      options: { format: 'html' },
    });
    expect(parseExportArgs(['m.argmap.json', '--out', 'talk', '--format', 'html'])).toMatchObject({
      options: { format: 'html' },
    });
    expect(
      parseExportArgs(['m.argmap.json', '--out', 'talk.htm', '--no-source', '--assessment']),
    ).toMatchObject({ options: { format: 'html', source: false, assessment: true } });
  });

  it('says why --step and --no-source do not fit', () => {
    expect(parseExportArgs(['m.argmap.json', '--out', 'talk.html', '--step', '2'])).toMatchObject({
      usage: expect.stringContaining('--step does not apply to a web page'),
    });
    expect(parseExportArgs(['m.argmap.json', '--out', 'map.svg', '--no-source'])).toMatchObject({
      usage: expect.stringContaining('web page only'),
    });
  });
});
