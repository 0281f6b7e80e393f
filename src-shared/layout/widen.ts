import type { Position, Size } from '../model/map';
import { boundsOf } from './shape';

/**
 * Spreads a layout sideways until it is at least `aspect` times as wide as it is tall. A map whose
 * height is set by one deep chain of reasons cannot be made shorter, and a screen shows a tall narrow
 * map small; wider gaps between its cards cost nothing it needs. Only the gaps grow: every card keeps
 * its size and height, and cards side by side stay side by side in the same order (x is scaled from
 * the left edge, so no gap shrinks and nothing comes to overlap). Already wide enough: unchanged.
 */
export function widenTo(
  positions: ReadonlyMap<string, Position>,
  sizes: ReadonlyMap<string, Size>,
  aspect: number,
): Map<string, Position> {
  const boxes = [...positions].map(([id, { x, y }]) => ({ id, x, y, ...(sizes.get(id) as Size) }));
  const { left, top, right, bottom } = boundsOf(boxes);
  const wanted = aspect * (bottom - top);
  if (boxes.length < 2 || right - left >= wanted) return new Map(positions);
  // The new width is the largest of (factor × offset + width) over the cards: the smallest factor
  // that takes one of them to the wanted right edge is the one to use.
  const factor = Math.min(
    ...boxes.filter((box) => box.x > left).map((box) => (wanted - box.width) / (box.x - left)),
  );
  if (!Number.isFinite(factor) || factor <= 1) return new Map(positions);
  return new Map(boxes.map((box) => [box.id, { x: left + (box.x - left) * factor, y: box.y }]));
}
