import { readFileSync } from 'node:fs';
import { PDFDict, PDFDocument, PDFName, PDFNumber } from 'pdf-lib';
import { loadInterFonts } from '../../../src-main/files/interFonts';
import { fontkitMeasure, type InterFonts } from '../../../src-shared/export/interFonts';
import { drawScene, embedInter, type ScenePlacement } from '../../../src-shared/export/pdfScene';
import { buildScene, DIMMED_OPACITY } from '../../../src-shared/export/scene';
import type { Scene } from '../../../src-shared/export/sceneTypes';
import { loadMapFromText } from '../../../src-shared/load/loadMap';
import { pdfRaster, pdfText } from '../../support/pdfText';

const loaded = loadMapFromText(readFileSync('maps/article.argmap.json', 'utf8'));
if (!loaded.ok) throw new Error('the article map does not load');
const article = loaded.value;

/** One page the given size with the scene drawn on it at the placement. */
async function pageWith(fonts: InterFonts, scene: Scene, size: [number, number], placement: ScenePlacement) {
  const doc = await PDFDocument.create();
  const inter = await embedInter(doc, fonts);
  drawScene(doc.addPage(size), scene, placement, inter);
  return doc.save();
}

describe('drawing a scene on a PDF page', () => {
  let fonts: InterFonts;
  beforeAll(async () => {
    fonts = await loadInterFonts();
  }, 60_000);

  test('line widths are canvas pixels, scaled with the drawing', async () => {
    const edge: Scene['edges'][number] = {
      id: 'e',
      relation: 'supports',
      curve: [
        { x: 100, y: 20 },
        { x: 100, y: 60 },
        { x: 100, y: 140 },
        { x: 100, y: 180 },
      ],
      stroke: '#000000',
      strokeWidth: 8,
      dash: null,
      arrow: [
        { x: 100, y: 190 },
        { x: 95, y: 180 },
        { x: 105, y: 180 },
      ],
      arrowStrokeWidth: 0,
    };
    const bounds = { x: 0, y: 0, width: 200, height: 200 };
    const scene: Scene = { title: 'A line', bounds, canvas: '#ffffff', edges: [edge], cards: [] };
    const pdf = await pageWith(fonts, scene, [100, 100], { region: bounds, scale: 0.5, left: 0, top: 100 });
    // At 72 dpi a pixel is a point: the 8 px line drawn at half size is 4 pixels wide.
    const { pixels } = await pdfRaster(pdf, 1, 72, 'grey');
    const row = pixels.subarray(50 * 100, 51 * 100);
    expect([...row].filter((value) => value < 128)).toHaveLength(4);
  });

  test('only what overlaps the region is drawn, not merely clipped away', async () => {
    const scene = buildScene(article, { measure: fontkitMeasure(fonts), theme: 'light', padding: 24 });
    const [first, last] = [scene.cards[0], scene.cards.at(-1)];
    if (!first || !last) throw new Error('the article map has no cards');
    const { x, y, width, height } = first.box;
    const region = { x: x - 10, y: y - 10, width: width + 20, height: height + 20 };
    // The page holds the whole map at half size, each card where it lies, so a card drawn but clipped
    // away would still be on the page, where a PDF reader finds its text whatever the clip.
    const { bounds } = scene;
    const page: [number, number] = [bounds.width / 2, bounds.height / 2];
    const pdf = await pageWith(fonts, scene, page, {
      region,
      scale: 0.5,
      left: (region.x - bounds.x) / 2,
      top: page[1] - (region.y - bounds.y) / 2,
    });
    const text = await pdfText(pdf);
    const opening = (id: string) =>
      article.nodes
        .find((node) => node.id === id)
        ?.text.split(/\s+/)
        .slice(0, 3)
        .join(' ');
    expect(text).toContain(opening(first.id));
    expect(text).not.toContain(opening(last.id));
  });

  test('cards outside the focus are drawn dimmed, through one graphics state per page', async () => {
    const focus = new Set(article.nodes.slice(0, 1).map((node) => node.id));
    const scene = buildScene(article, { measure: fontkitMeasure(fonts), theme: 'light', padding: 24, focus });
    const pdf = await pageWith(fonts, scene, [800, 400], {
      region: scene.bounds,
      scale: 800 / scene.bounds.width,
      left: 0,
      top: 400,
    });
    const page = (await PDFDocument.load(pdf)).getPage(0);
    const states = page.node.Resources()?.lookup(PDFName.of('ExtGState'), PDFDict);
    const alphas = (states?.entries() ?? []).map(([, state]) =>
      page.doc.context.lookup(state, PDFDict).lookup(PDFName.of('ca'), PDFNumber).asNumber(),
    );
    expect(alphas).toEqual([DIMMED_OPACITY]);
  });
});
