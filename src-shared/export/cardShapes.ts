import type { SceneCard } from './sceneTypes';
import { num } from './xml';

/** A rounded rectangle's outline, for the marks drawn over cards (an assessment's rings, bars, verdict). */
export function roundedBoxPath(
  box: { x: number; y: number; width: number; height: number },
  radius: number,
): string {
  const { x, y, width: w, height: h } = box;
  const r = Math.min(radius, w / 2, h / 2);
  return (
    `M${num(x + r)} ${num(y)}H${num(x + w - r)}A${num(r)} ${num(r)} 0 0 1 ${num(x + w)} ${num(y + r)}` +
    `V${num(y + h - r)}A${num(r)} ${num(r)} 0 0 1 ${num(x + w - r)} ${num(y + h)}H${num(x + r)}` +
    `A${num(r)} ${num(r)} 0 0 1 ${num(x)} ${num(y + h - r)}V${num(y + r)}A${num(r)} ${num(r)} 0 0 1 ${num(x + r)} ${num(y)}Z`
  );
}

/** The middle of the card's border, stroked `card.border` wide: inside its box, as CSS draws it with `box-sizing: border-box`. */
export function framePath(card: SceneCard): string {
  const { x, y, width, height } = card.box;
  const half = card.border / 2;
  const [left, top, w, h, r] = [
    x + half,
    y + half,
    width - card.border,
    height - card.border,
    card.radius - half,
  ];
  return (
    `M${num(left + r)} ${num(top)}H${num(left + w - r)}A${num(r)} ${num(r)} 0 0 1 ${num(left + w)} ${num(top + r)}` +
    `V${num(top + h - r)}A${num(r)} ${num(r)} 0 0 1 ${num(left + w - r)} ${num(top + h)}H${num(left + r)}` +
    `A${num(r)} ${num(r)} 0 0 1 ${num(left)} ${num(top + h - r)}V${num(top + r)}A${num(r)} ${num(r)} 0 0 1 ${num(left + r)} ${num(top)}Z`
  );
}

/** The thick left border: it follows the outer corners; inside, CSS rounds it by the radius less the borders. */
export function accentPath(card: SceneCard): string {
  const { x, y, height: h } = card.box;
  const r = card.radius;
  const a = card.accent.width;
  const b = card.border;
  const [irx, iry] = [r - a, r - b];
  return (
    `M${num(x + r)} ${num(y)}A${r} ${r} 0 0 0 ${num(x)} ${num(y + r)}V${num(y + h - r)}` +
    `A${r} ${r} 0 0 0 ${num(x + r)} ${num(y + h)}V${num(y + h - b)}` +
    `A${irx} ${iry} 0 0 1 ${num(x + a)} ${num(y + h - b - iry)}V${num(y + b + iry)}` +
    `A${irx} ${iry} 0 0 1 ${num(x + r)} ${num(y + b)}Z`
  );
}

/** A dashed border (a note's): Chromium draws CSS dashes and gaps three border widths long. */
export function borderDashes(card: SceneCard): [number, number] {
  return [3 * card.border, 3 * card.border];
}
