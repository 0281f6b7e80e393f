import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { exportMap } from '../../../src-main/export/exportMap';
import { nodeFileSystem } from '../../../src-main/files/fileSystem';
import { loadInterFonts } from '../../../src-main/files/interFonts';
import { readMapFile } from '../../../src-main/files/readMapFile';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from '../../../src-shared/export/exportOptions';
import type { InterFonts } from '../../../src-shared/export/interFonts';
import { densityOf } from '../../../src-shared/export/pngChunks';
import { loadMapFromText } from '../../../src-shared/load/loadMap';
import type { ArgMap } from '../../../src-shared/model/map';
import { sampleMap } from '../../support/arbitraryMap';
import { pdfText } from '../../support/pdfText';
import { allElements, drawnLines, inertnessProblems, parseSvg } from '../../support/svgDocument';

const loaded = loadMapFromText(readFileSync('maps/article.argmap.json', 'utf8'));
if (!loaded.ok) throw new Error('the article map does not load');
const article = loaded.value;

let fonts: InterFonts;
beforeAll(async () => {
  fonts = await loadInterFonts();
});

const options = (patch: Partial<ExportOptions>): ExportOptions => ({ ...DEFAULT_EXPORT_OPTIONS, ...patch });

async function exported(map: ArgMap, patch: Partial<ExportOptions>) {
  const result = await exportMap(map, options(patch), { fonts });
  if (!result.ok) throw new Error(result.message);
  return result;
}

const folder = mkdtempSync(join(tmpdir(), 'argmap-exports-'));
function fileOf(bytes: Uint8Array, name: string): string {
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return path;
}

/** How many different colours a PNG shows, decoded and scaled down to 600 px wide by resvg. */
function coloursIn(png: Uint8Array, width: number, height: number): number {
  const [w, h] = [600, Math.max(1, Math.round((600 * height) / width))];
  const href = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><image href="${href}" width="${w}" height="${h}"/></svg>`;
  const pixels = new Resvg(svg).render().pixels;
  const seen = new Set<number>();
  for (let i = 0; i < pixels.length; i += 4) seen.add(pixels.readUInt32BE(i));
  return seen.size;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('exporting the bundled map', () => {
  test('SVG: well-formed, inert, with every word of every node drawn as text', async () => {
    const { bytes, width, height } = await exported(article, { format: 'svg', embedMap: false });
    const svg = new TextDecoder().decode(bytes);
    expect(inertnessProblems(svg)).toEqual([]);
    const root = parseSvg(svg);
    expect(root.attributes.width).toBe(String(width));
    expect(root.attributes.height).toBe(String(height));
    const drawn = drawnLines(root).join(' ');
    for (const node of article.nodes) {
      for (const word of words(node.text)) expect(drawn).toContain(word);
      if (node.quote) expect(drawn).toContain(node.quote.speaker);
    }
  });

  test('PNG: the drawing’s size times the scale, its density recorded, and not blank', async () => {
    const svg = await exported(article, { format: 'svg', embedMap: false });
    const png = await exported(article, { format: 'png', scale: 1, embedMap: false });
    expect([png.width, png.height]).toEqual([svg.width, svg.height]);
    const view = new DataView(png.bytes.buffer, png.bytes.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([svg.width, svg.height]);
    expect(densityOf(png.bytes)).toBeCloseTo(96, 0);
    expect(coloursIn(png.bytes, png.width, png.height)).toBeGreaterThan(50);
  }, 60_000);

  test('PNG at 2× of a tour step: twice the step’s drawing, 192 dpi, past a browser canvas’s width', async () => {
    const step = { kind: 'step', index: 3 } as const;
    // The article's cards a thousand pixels apart in one row: a step of it is wider than any canvas.
    const row = {
      ...article,
      nodes: article.nodes.map((node, i) => ({ ...node, position: { x: i * 1000, y: 0 } })),
    };
    const svg = await exported(row, { format: 'svg', subject: step });
    const png = await exported(row, { format: 'png', scale: 2, subject: step, embedMap: false });
    expect([png.width, png.height]).toEqual([svg.width * 2, svg.height * 2]);
    expect(png.width).toBeGreaterThan(20_000);
    expect(densityOf(png.bytes)).toBeCloseTo(192, 0);
    expect(coloursIn(png.bytes, png.width, png.height)).toBeGreaterThan(20);
  }, 60_000);

  test('PDF: one vector page with every node’s opening words as selectable text', async () => {
    const pdf = await exported(article, { format: 'pdf', paper: 'fit' });
    expect(pdf.pages).toBe(1);
    const text = await pdfText(pdf.bytes);
    for (const node of article.nodes) expect(text).toContain(words(node.text).slice(0, 2).join(' '));
  }, 60_000);

  test('the same map and options give the same bytes, whoever asks (app or command line)', async () => {
    for (const format of ['svg', 'png'] as const) {
      const subject = { kind: 'step', index: 0 } as const;
      const first = await exported(article, { format, subject, scale: 1 });
      const second = await exported(article, { format, subject, scale: 1 });
      expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    }
  });
});

describe('an exported image with the map embedded', () => {
  test.each(['png', 'svg'] as const)('reopens from a %s as a map equal to the original', async (format) => {
    const { bytes } = await exported(article, {
      format,
      subject: { kind: 'step', index: 1 },
      embedMap: true,
    });
    const reopened = await readMapFile(nodeFileSystem, fileOf(bytes, `article.${format}`));
    expect(reopened).toMatchObject({ ok: true, fromImage: true });
    expect(reopened.ok && reopened.map).toEqual(article);
  });

  test('an image exported without the map says so when opened', async () => {
    const { bytes } = await exported(sampleMap(), { format: 'png', embedMap: false });
    const reopened = await readMapFile(nodeFileSystem, fileOf(bytes, 'plain.png'));
    expect(reopened).toMatchObject({ ok: false, message: expect.stringContaining('carries no map') });
    expect(reopened.ok || reopened.message).toContain('plain.png');
  });

  test('an embedded map is checked like any file: a tampered one is refused with its pointer', async () => {
    const { bytes } = await exported(sampleMap(), { format: 'svg', embedMap: true });
    const tampered = new TextDecoder().decode(bytes).replace(/("to": ?")thesis/, '$1nowhere');
    const reopened = await readMapFile(
      nodeFileSystem,
      fileOf(new TextEncoder().encode(tampered), 'tampered.svg'),
    );
    expect(reopened.ok).toBe(false);
    expect(reopened.ok || reopened.errors[0]?.pointer).toBe('/edges/0/to');
  });
});

describe('what an export shows', () => {
  test('a tour step: what it reveals, the cards outside its focus dimmed', async () => {
    const index = 2;
    const svg = new TextDecoder().decode(
      (await exported(article, { format: 'svg', subject: { kind: 'step', index } })).bytes,
    );
    const groups = allElements(parseSvg(svg)).filter(
      (element) => element.name === 'g' && element.children.length > 3,
    );
    const focus = article.tour[index]?.focus ?? [];
    expect(groups.filter((group) => group.attributes.opacity === undefined)).toHaveLength(focus.length);
    expect(groups.filter((group) => group.attributes.opacity === '0.3').length).toBeGreaterThan(0);
    expect(groups.length).toBeLessThan(article.nodes.length);
  });

  test('chosen nodes only; nodes no longer on the map are ignored', async () => {
    const svg = new TextDecoder().decode(
      (await exported(sampleMap(), { format: 'svg', subject: { kind: 'nodes', ids: ['mayor', 'gone'] } }))
        .bytes,
    );
    const drawn = drawnLines(parseSvg(svg)).join(' ');
    expect(drawn).toContain('Deliveries need vans.');
    expect(drawn).not.toContain('Cities should ban cars.');
  });

  test.each([
    [{ ...sampleMap(), nodes: [], edges: [], tour: [] }, { kind: 'map' }, 'The map is empty'],
    [sampleMap(), { kind: 'nodes', ids: ['gone'] }, 'None of the chosen nodes'],
    [{ ...sampleMap(), tour: [] }, { kind: 'step', index: 0 }, 'The map has no tour'],
    [article, { kind: 'step', index: 99 }, 'The tour has 33 steps: there is no step 100.'],
  ] as const)('refuses with a reason: %#', async (map, subject, reason) => {
    const result = await exportMap(map as ArgMap, options({ subject: subject as ExportOptions['subject'] }), {
      fonts,
    });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining(reason) });
  });

  test('a PNG too large to make is refused with the largest scale that works, before drawing', async () => {
    const wide = {
      ...sampleMap(),
      nodes: sampleMap().nodes.map((node, i) => ({ ...node, position: { x: i * 30_000, y: 0 } })),
    };
    const result = await exportMap(wide, options({ format: 'png', scale: 4 }), { fonts });
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringMatching(/largest scale that works for this drawing is 1\.\d+×/),
    });
  });

  test('a cancel stops a PNG between bands and reports it canceled', async () => {
    const controller = new AbortController();
    const progress: number[] = [];
    const result = await exportMap(article, options({ format: 'png', scale: 2 }), {
      fonts,
      signal: controller.signal,
      onProgress: (done) => {
        progress.push(done);
        if (done === 2) controller.abort();
      },
    });
    expect(result).toEqual({ ok: false, message: 'The export was canceled.', canceled: true });
    expect(progress).toEqual([1, 2]);
  }, 60_000);
});

describe('hostile labels through the whole engine', () => {
  const hostile = [
    '<script>alert(1)</script>',
    ']]> <![CDATA[ x ]]> </metadata>',
    'Tom & Jerry &amp; "double" \'single\'',
    'emoji 😀👨‍👩‍👧🇺🇦',
    'עברית مرحبا بالعالم',
    'bell\u0007 nul\u0000 esc\u001b end',
  ];
  const map: ArgMap = {
    ...sampleMap(),
    title: hostile.join(' '),
    nodes: sampleMap().nodes.map((node, i) => ({
      ...node,
      text: hostile.join('\n'),
      ...(node.quote && { quote: { ...node.quote, speaker: hostile[i] ?? '', role: '<b>&' } }),
    })),
  };

  test('the SVG is well-formed and inert, draws the words, and gives the map back', async () => {
    const { bytes } = await exported(map, { format: 'svg', embedMap: true });
    const svg = new TextDecoder().decode(bytes);
    expect(inertnessProblems(svg)).toEqual([]);
    const drawn = drawnLines(parseSvg(svg)).join(' ');
    for (const line of hostile.slice(0, 5)) expect(drawn).toContain(line);
    expect(drawn).toContain('bell nul esc end');
    const reopened = await readMapFile(nodeFileSystem, fileOf(bytes, 'hostile.svg'));
    expect(reopened.ok && reopened.map).toEqual(map);
  });

  test('the PNG and the PDF are made, and the PNG gives the map back', async () => {
    const png = await exported(map, { format: 'png', embedMap: true });
    const reopened = await readMapFile(nodeFileSystem, fileOf(png.bytes, 'hostile.png'));
    expect(reopened.ok && reopened.map).toEqual(map);
    const pdf = await exported(map, { format: 'pdf' });
    const text = await pdfText(pdf.bytes);
    expect(text).toContain('<script>alert(1)</script>');
  });
});
