import { readFileSync } from 'node:fs';
import { PDFDocument, rgb } from 'pdf-lib';
import { loadInterFonts } from '../../../src-main/files/interFonts';
import type { InterFonts } from '../../../src-shared/export/interFonts';
import { fontkitMeasure } from '../../../src-shared/export/interFonts';
import { type MapPdfOptions, pdfPageCount, renderMapPdf } from '../../../src-shared/export/renderMapPdf';
import { buildScene } from '../../../src-shared/export/scene';
import type { Scene } from '../../../src-shared/export/sceneTypes';
import { loadMapFromText } from '../../../src-shared/load/loadMap';
import { pdfRaster, pdfText } from '../../support/pdfText';

const loaded = loadMapFromText(readFileSync('maps/article.argmap.json', 'utf8'));
if (!loaded.ok) throw new Error('the article map does not load');
const article = loaded.value;

/** A page's text in drawing order, each run of white space one space. */
const textOf = (pdf: Uint8Array, page: number) => pdfText(pdf, { page });

/** The colour of the first page's top-left corner laid over black, so that a page with no background shows black. */
async function cornerOverBlack(pdf: Uint8Array): Promise<number[]> {
  const composite = await PDFDocument.create();
  const [sheet] = await composite.embedPdf(pdf, [0]);
  if (!sheet) throw new Error('the PDF has no page');
  const page = composite.addPage([sheet.width, sheet.height]);
  page.drawRectangle({ x: 0, y: 0, width: sheet.width, height: sheet.height, color: rgb(0, 0, 0) });
  page.drawPage(sheet);
  return [...(await pdfRaster(await composite.save(), 1, 4, 'rgb')).pixels.subarray(0, 3)];
}

/** Where the first page's dark pixels lie, rendered at 72 dpi (a pixel a point). */
async function darkExtent(pdf: Uint8Array) {
  const { width, height, pixels } = await pdfRaster(pdf, 1, 72, 'grey');
  let [left, top, right, bottom] = [width, height, -1, -1];
  pixels.forEach((value, i) => {
    if (value >= 80) return;
    const [x, y] = [i % width, Math.floor(i / width)];
    [left, top, right, bottom] = [
      Math.min(left, x),
      Math.min(top, y),
      Math.max(right, x),
      Math.max(bottom, y),
    ];
  });
  return { width, height, left, top, right, bottom };
}

const POINTS_PER_PX = 0.75;
const MARGIN = 36;
const PAGE_LIMIT = 14_400;

/** The fewest pages of a paper (width × height in points, portrait) that hold the map at print size. */
function expectedGrid(scene: Scene, [short, long]: [number, number]) {
  const mapWidth = scene.bounds.width * POINTS_PER_PX;
  const mapHeight = scene.bounds.height * POINTS_PER_PX;
  const landscape = {
    size: { width: long, height: short },
    columns: Math.ceil(mapWidth / (long - 2 * MARGIN)),
    rows: Math.ceil(mapHeight / (short - 2 * MARGIN)),
  };
  const portrait = {
    size: { width: short, height: long },
    columns: Math.ceil(mapWidth / (short - 2 * MARGIN)),
    rows: Math.ceil(mapHeight / (long - 2 * MARGIN)),
  };
  const pages = (grid: typeof landscape) => grid.columns * grid.rows;
  return pages(portrait) < pages(landscape) ? portrait : landscape;
}

describe('the map as a PDF', () => {
  let fonts: InterFonts;
  let scene: Scene;
  const rendered: Partial<Record<MapPdfOptions['paper'], { pdf: Uint8Array; progress: number[][] }>> = {};
  const render = (paper: MapPdfOptions['paper']) => {
    const result = rendered[paper];
    if (!result) throw new Error(`no ${paper} PDF`);
    return result;
  };

  /** A map of the thesis alone: small enough for one sheet. */
  const thesisOnly = (theme: 'light' | 'dark') =>
    buildScene(
      { ...article, nodes: article.nodes.filter((node) => node.kind === 'thesis'), edges: [] },
      { measure: fontkitMeasure(fonts), theme, padding: 24 },
    );

  beforeAll(async () => {
    fonts = await loadInterFonts();
    scene = buildScene(article, { measure: fontkitMeasure(fonts), theme: 'light', padding: 24 });
    for (const paper of ['fit', 'a4', 'letter'] as const) {
      const progress: number[][] = [];
      const pdf = await renderMapPdf(scene, fonts, {
        paper,
        background: 'theme',
        title: article.title,
        onProgress: (done, total) => progress.push([done, total]),
      });
      rendered[paper] = { pdf, progress };
    }
  }, 60_000);

  test('fit: one page the map’s size at print size, scaled down as a whole to PDF’s page limit', async () => {
    // The article map spread six times as wide: wider than a PDF page can be at print size.
    const spread = {
      ...article,
      nodes: article.nodes.map((node) => ({
        ...node,
        position: { ...node.position, x: node.position.x * 6 },
      })),
    };
    const wide = buildScene(spread, { measure: fontkitMeasure(fonts), theme: 'light', padding: 24 });
    expect(wide.bounds.width * POINTS_PER_PX).toBeGreaterThan(PAGE_LIMIT);
    const pdf = await renderMapPdf(wide, fonts, { paper: 'fit', background: 'white', title: article.title });
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect(width).toBeCloseTo(PAGE_LIMIT, 3);
    expect(height / width).toBeCloseTo(wide.bounds.height / wide.bounds.width, 5);
    expect(doc.getTitle()).toBe(article.title);
    expect(doc.getCreator()).toBe('Argmap');
  });

  test('fit: a map within the limit is exactly its print size', async () => {
    const small = thesisOnly('light');
    const pdf = await renderMapPdf(small, fonts, { paper: 'fit', background: 'white', title: 'Thesis' });
    const size = (await PDFDocument.load(pdf)).getPage(0).getSize();
    expect(size.width).toBeCloseTo(small.bounds.width * POINTS_PER_PX, 3);
    expect(size.height).toBeCloseTo(small.bounds.height * POINTS_PER_PX, 3);
  });

  test('fit: every node’s opening words are selectable text', async () => {
    const text = await textOf(render('fit').pdf, 1);
    for (const node of article.nodes) {
      expect(text).toContain(node.text.split(/\s+/).slice(0, 3).join(' '));
    }
  });

  test.each([
    ['a4', [595, 842]],
    ['letter', [612, 792]],
  ] as const)('%s: the map at print size across the fewest pages', async (paper, size) => {
    const grid = expectedGrid(scene, [...size]);
    const doc = await PDFDocument.load(render(paper).pdf);
    expect(doc.getPageCount()).toBe(grid.columns * grid.rows);
    for (const page of doc.getPages()) expect(page.getSize()).toEqual(grid.size);
  });

  test('the page count the export dialog shows is the count the PDF has', async () => {
    for (const paper of ['fit', 'a4', 'letter'] as const) {
      const doc = await PDFDocument.load(render(paper).pdf);
      expect(pdfPageCount(scene.bounds, { paper })).toBe(doc.getPageCount());
    }
  });

  test('a4: each page’s footer says which sheet it is and where it goes', async () => {
    const { pdf } = render('a4');
    const grid = expectedGrid(scene, [595, 842]);
    const total = grid.columns * grid.rows;
    expect(await textOf(pdf, 2)).toContain(`${article.title} — page 2 of ${total} (row 1, column 2)`);
    expect(await textOf(pdf, grid.columns + 1)).toContain(
      `page ${grid.columns + 1} of ${total} (row 2, column 1)`,
    );
    expect(await textOf(pdf, total)).toContain(
      `page ${total} of ${total} (row ${grid.rows}, column ${grid.columns})`,
    );
  });

  test('a long title is shortened so the footer still names the page', async () => {
    const title = 'A very long title '.repeat(30);
    const pdf = await renderMapPdf(scene, fonts, { paper: 'letter', background: 'white', title });
    const footer = await textOf(pdf, 1);
    expect(footer).toContain('… — page 1 of');
    expect(footer).toContain('(row 1, column 1)');
    expect(footer).not.toContain(title.trim());
  }, 20_000);

  test('a map that fits one sheet is centred on it', async () => {
    // A dark card on a white sheet, with nothing around it but padding: the card shows where the map is.
    const small = thesisOnly('dark');
    const pdf = await renderMapPdf(small, fonts, { paper: 'a4', background: 'white', title: 'Thesis' });
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
    const { width, height, left, top, right, bottom } = await darkExtent(pdf);
    expect(Math.abs(left - (width - 1 - right))).toBeLessThanOrEqual(2);
    expect(Math.abs(top - (height - 1 - bottom))).toBeLessThanOrEqual(2);
  });

  test('onProgress counts every page, in order', () => {
    const { progress } = render('letter');
    const grid = expectedGrid(scene, [612, 792]);
    const total = grid.columns * grid.rows;
    expect(progress).toEqual(Array.from({ length: total }, (_, i) => [i + 1, total]));
    expect(render('fit').progress).toEqual([[1, 1]]);
  });

  test('the background: the theme’s canvas colour, white, or none', async () => {
    const canvas = [1, 3, 5].map((i) => Number.parseInt(scene.canvas.slice(i, i + 2), 16));
    expect(await cornerOverBlack(render('a4').pdf)).toEqual(canvas);
    const small = thesisOnly('light');
    const sheet = (background: MapPdfOptions['background']) =>
      renderMapPdf(small, fonts, { paper: 'a4', background, title: 'Thesis' });
    expect(await cornerOverBlack(await sheet('white'))).toEqual([255, 255, 255]);
    expect(await cornerOverBlack(await sheet('transparent'))).toEqual([0, 0, 0]);
  });

  test('an aborted export rejects before drawing a page', async () => {
    const onProgress = vi.fn();
    const options = { paper: 'a4', background: 'white', title: 'x', onProgress } as const;
    await expect(renderMapPdf(scene, fonts, { ...options, signal: AbortSignal.abort() })).rejects.toThrow();
    expect(onProgress).not.toHaveBeenCalled();
  });

  test('a cancel request that arrives between pages stops before the next page', async () => {
    const controller = new AbortController();
    const onProgress = vi.fn((done: number) => {
      if (done === 2) controller.abort();
    });
    const options = {
      paper: 'a4',
      background: 'white',
      title: 'x',
      onProgress,
      signal: controller.signal,
    } as const;
    await expect(renderMapPdf(scene, fonts, options)).rejects.toThrow();
    expect(onProgress).toHaveBeenCalledTimes(2);
  });
});
