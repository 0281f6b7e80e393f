import type { Position, Size } from '../model/map';

/** The shape of a laid-out map: its bounding box, width to height, and the share of it cards cover. */
export interface LayoutShape {
  width: number;
  height: number;
  /** Width over height: 1.6 reads as 1.6:1. */
  aspect: number;
  /** The cards' total area over the bounding box's, from 0 to 1. */
  fill: number;
}

/** The edges of the box around cards (infinite when there are none). */
export interface Bounds {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function boundsOf(boxes: Iterable<Position & Size>): Bounds {
  const bounds = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  for (const { x, y, width, height } of boxes) {
    bounds.left = Math.min(bounds.left, x);
    bounds.top = Math.min(bounds.top, y);
    bounds.right = Math.max(bounds.right, x + width);
    bounds.bottom = Math.max(bounds.bottom, y + height);
  }
  return bounds;
}

export function layoutShape(boxes: Iterable<Position & Size>): LayoutShape {
  const list = [...boxes];
  const cards = list.reduce((sum, { width, height }) => sum + width * height, 0);
  if (cards === 0) return { width: 0, height: 0, aspect: 1, fill: 0 };
  const { left, top, right, bottom } = boundsOf(list);
  const [width, height] = [right - left, bottom - top];
  return { width, height, aspect: width / height, fill: cards / (width * height) };
}
