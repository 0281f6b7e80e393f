import type { SceneCard } from './sceneTypes';
import { num } from './xml';

/** The card's outline, drawn inside its box as CSS draws a 1 px border with `box-sizing: border-box`. */
export function framePath(card: SceneCard): string {
  const { x, y, width, height } = card.box;
  const [left, top, w, h, r] = [x + 0.5, y + 0.5, width - 1, height - 1, card.radius - 0.5];
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
  const [irx, iry] = [r - a, r - 1];
  return (
    `M${num(x + r)} ${num(y)}A${r} ${r} 0 0 0 ${num(x)} ${num(y + r)}V${num(y + h - r)}` +
    `A${r} ${r} 0 0 0 ${num(x + r)} ${num(y + h)}V${num(y + h - 1)}` +
    `A${irx} ${iry} 0 0 1 ${num(x + a)} ${num(y + h - 1 - iry)}V${num(y + 1 + iry)}` +
    `A${irx} ${iry} 0 0 1 ${num(x + r)} ${num(y + 1)}Z`
  );
}
