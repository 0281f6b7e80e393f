import { groupDigits } from '../text/groupDigits';
import { baselineOffset, type FontSpec, type Measure, textWidth } from './fonts';
import type { SceneCard, SceneMark } from './sceneTypes';

const BADGE_FONT: FontSpec = { size: 12, weight: 600, italic: false, letterSpacing: 0 };
/** As the canvas draws a fold's badge (src-renderer/fold/fold.css): a pill across the card's bottom edge. */
const BADGE = { height: 22, padding: 8, minWidth: 34, below: 12 };

/** A "+12" pill on each folded card, saying how many cards its fold hides. */
export function foldMarks(
  cards: readonly SceneCard[],
  hiddenBelow: ReadonlyMap<string, number>,
  measure: Measure,
): SceneMark[] {
  return cards.flatMap((card) => {
    const count = hiddenBelow.get(card.id);
    if (!count) return [];
    const words = `+${groupDigits(count)}`;
    const width = Math.max(BADGE.minWidth, textWidth(words, BADGE_FONT, measure) + 2 * BADGE.padding);
    const box = {
      x: card.box.x + (card.box.width - width) / 2,
      y: card.box.y + card.box.height + BADGE.below - BADGE.height,
      width,
      height: BADGE.height,
    };
    const textX = box.x + (width - textWidth(words, BADGE_FONT, measure)) / 2;
    return [
      {
        box,
        radius: BADGE.height / 2,
        fill: card.fill,
        stroke: card.accent.color,
        strokeWidth: 1,
        dash: null,
        opacity: card.opacity,
        text: {
          x: textX,
          y: box.y + baselineOffset(BADGE_FONT, BADGE.height),
          lineHeight: BADGE.height,
          lines: [words],
          font: BADGE_FONT,
          fill: card.accent.color,
        },
      },
    ];
  });
}
