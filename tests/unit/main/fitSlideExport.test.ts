import { readFileSync } from 'node:fs';
import { exportMap } from '../../../src-main/export/exportMap';
import { loadInterFonts } from '../../../src-main/files/interFonts';
import { DEFAULT_EXPORT_OPTIONS } from '../../../src-shared/export/exportOptions';
import { foldToFitSlide } from '../../../src-shared/export/fitSlide';
import type { InterFonts } from '../../../src-shared/export/interFonts';
import { bodyTextSizes, PROJECTED_READABLE_PX } from '../../../src-shared/export/textSize';
import { foldingOf, visiblePart } from '../../../src-shared/fold/folding';
import { nodesBounds } from '../../../src-shared/layout/nodeSize';
import { loadMapFromText } from '../../../src-shared/load/loadMap';
import type { ArgMap } from '../../../src-shared/model/map';
import { sampleMap } from '../../support/arbitraryMap';
import { parseSvg } from '../../support/svgDocument';

const loaded = loadMapFromText(readFileSync('maps/article.argmap.json', 'utf8'));
if (!loaded.ok) throw new Error('the article map does not load');
const article = loaded.value;

let fonts: InterFonts;
beforeAll(async () => {
  fonts = await loadInterFonts();
});

const onSlide = (map: ArgMap) => {
  const { minX, minY, maxX, maxY } = nodesBounds(visiblePart(map).nodes);
  return bodyTextSizes({ width: maxX - minX, height: maxY - minY }, 1).onSlide;
};

describe('fitting the whole map to a 16:9 slide', () => {
  test('folds the bundled map until its body text reads projected, and says which level it kept', async () => {
    expect(onSlide(article)).toBeLessThan(PROJECTED_READABLE_PX);
    const fit = await foldToFitSlide(article);
    expect(fit.level).not.toBeNull();
    expect(fit.hidden).toBeGreaterThan(0);
    expect(foldingOf(fit.map).hidden.size).toBe(fit.hidden);
    expect(onSlide(fit.map)).toBeGreaterThanOrEqual(PROJECTED_READABLE_PX);
    // The thesis's reasons are all still there.
    const thesis = article.nodes.find((node) => node.kind === 'thesis');
    const reasons = article.edges.filter((edge) => edge.to === thesis?.id).map((edge) => edge.from);
    const shown = new Set(visiblePart(fit.map).nodes.map((node) => node.id));
    expect(reasons.filter((id) => !shown.has(id))).toEqual([]);
  }, 60_000);

  test('leaves a map that already reads on a slide as it is', async () => {
    const map = sampleMap();
    const fit = await foldToFitSlide(map);
    expect(fit).toEqual({ map, level: null, hidden: 0 });
  });

  test('the export draws the folded map, each folded card with a "+n" badge, and embeds the whole map', async () => {
    const result = await exportMap(
      article,
      { ...DEFAULT_EXPORT_OPTIONS, format: 'svg', fitSlide: true },
      { fonts },
    );
    if (!result.ok) throw new Error(result.message);
    const svg = new TextDecoder().decode(result.bytes);
    const { hiddenBelow, hidden } = foldingOf((await foldToFitSlide(article)).map);
    const badges = [...svg.matchAll(/>\+(\d+)</g)].map((match) => Number(match[1]));
    expect(badges.sort((a, b) => a - b)).toEqual([...hiddenBelow.values()].sort((a, b) => a - b));
    expect(bodyTextSizes(result, 1).onSlide).toBeGreaterThanOrEqual(PROJECTED_READABLE_PX - 1);
    expect(parseSvg(svg)).toBeTruthy();
    // What the picture leaves out is still in the map it carries.
    const left = [...hidden][0] as string;
    expect(svg).toContain(`"id": "${left}"`);
  }, 60_000);
});
