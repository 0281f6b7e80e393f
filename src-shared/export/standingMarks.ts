import { type Evaluation, evaluateMap, VERDICTS } from '../assess/evaluate';
import type { ArgMap } from '../model/map';
import { baselineOffset, type FontSpec, type Measure, textWidth } from './fonts';
import type { Look } from './looks';
import type { SceneCard, SceneMark } from './sceneTypes';

const VERDICT_FONT: FontSpec = { size: 15, weight: 600, italic: false, letterSpacing: 0 };
const RING_GAP = 4;
const BAR = { gap: 6, height: 5, inset: 8 };
const PILL = { height: 26, padding: 12, gap: 8 };

/**
 * An assessment as an export draws it, as Assess mode does on the canvas: each card ringed by its standing
 * (solid in, dashed out, dotted undecided), its strength as a bar beneath, and the verdict above the thesis.
 */
export function standingMarks(
  map: ArgMap,
  cards: readonly SceneCard[],
  look: Look,
  measure: Measure,
  evaluation: Evaluation = evaluateMap(map),
): SceneMark[] {
  const { palette } = look;
  const colour = { in: palette.relations.supports, out: palette.relations.opposes, undec: palette.textMuted };
  const dash = { in: null, out: [6, 4], undec: [2, 3] };
  const marks: SceneMark[] = [];
  for (const card of cards) {
    const standing = evaluation.nodes[card.id];
    if (!standing) continue;
    const { x, y, width, height } = card.box;
    marks.push({
      box: { x: x - RING_GAP, y: y - RING_GAP, width: width + 2 * RING_GAP, height: height + 2 * RING_GAP },
      radius: card.radius + RING_GAP,
      fill: null,
      stroke: colour[standing.label],
      strokeWidth: 2,
      dash: dash[standing.label],
      opacity: card.opacity,
      node: card.id,
    });
    if (standing.strength !== null) {
      const bar = {
        x: x + BAR.inset,
        y: y + height + RING_GAP + BAR.gap,
        width: width - 2 * BAR.inset,
        height: BAR.height,
      };
      const track = {
        box: bar,
        radius: BAR.height / 2,
        stroke: null,
        strokeWidth: 0,
        dash: null,
        opacity: card.opacity,
        node: card.id,
      };
      marks.push({ ...track, fill: palette.border });
      if (standing.strength > 0)
        marks.push({
          ...track,
          box: { ...bar, width: bar.width * standing.strength },
          fill: palette.kinds.thesis.color,
        });
    }
    if (evaluation.thesis?.id === card.id) {
      const { label, strength } = evaluation.thesis;
      const words = `${VERDICTS[label]}${strength === null ? '' : ` · ${Math.round(strength * 100)} %`}`;
      const pill = {
        x,
        y: y - RING_GAP - PILL.gap - PILL.height,
        width: textWidth(words, VERDICT_FONT, measure) + 2 * PILL.padding,
        height: PILL.height,
      };
      marks.push({
        box: pill,
        radius: PILL.height / 2,
        fill: colour[label],
        stroke: null,
        strokeWidth: 0,
        dash: null,
        opacity: 1,
        node: card.id,
        text: {
          x: pill.x + PILL.padding,
          y: pill.y + baselineOffset(VERDICT_FONT, PILL.height),
          lineHeight: PILL.height,
          lines: [words],
          font: VERDICT_FONT,
          fill: '#ffffff',
        },
      });
    }
  }
  return marks;
}
