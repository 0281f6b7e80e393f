import type { ArgMap } from '../model/map';
import { citationLine } from '../source/citation';
import { revealBidiControls } from '../text/revealBidiControls';
import { baselineOffset, type FontSpec, type Measure, textWidth } from './fonts';
import type { Look } from './looks';
import type { Scene, SceneMark } from './sceneTypes';
import { wrapText } from './wrapText';

const CITATION_FONT: FontSpec = { size: 12, weight: 400, italic: false, letterSpacing: 0 };
const LINE_HEIGHT = 17;
const GAP = 16;
/** A narrow drawing still gets a readable line; a wide one does not get a line longer than the eye follows. */
const WIDTH = { min: 360, max: 900 };

/**
 * The drawing with the map's source cited beneath it (a text-only mark, so every format draws it as it
 * draws the assessment). A map with no source is drawn as it was.
 */
export function withCitation(scene: Scene, map: ArgMap, look: Look, measure: Measure): Scene {
  if (!map.source) return scene;
  const { bounds } = scene;
  const width = Math.min(WIDTH.max, Math.max(WIDTH.min, bounds.width - 2 * GAP));
  const lines = wrapText(revealBidiControls(citationLine(map.source)), width, (text) =>
    textWidth(text, CITATION_FONT, measure),
  );
  const x = bounds.x + GAP;
  const top = bounds.y + bounds.height;
  const height = lines.length * LINE_HEIGHT;
  const mark: SceneMark = {
    box: { x, y: top, width, height },
    radius: 0,
    fill: null,
    stroke: null,
    strokeWidth: 0,
    dash: null,
    opacity: 1,
    text: {
      x,
      y: top + baselineOffset(CITATION_FONT, LINE_HEIGHT),
      lineHeight: LINE_HEIGHT,
      lines,
      font: CITATION_FONT,
      fill: look.palette.textMuted,
    },
  };
  return {
    ...scene,
    bounds: {
      ...bounds,
      width: Math.max(bounds.width, Math.ceil(x + width + GAP - bounds.x)),
      height: bounds.height + height + GAP,
    },
    marks: [...(scene.marks ?? []), mark],
  };
}
