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

export function layoutShape(boxes: Iterable<Position & Size>): LayoutShape {
  let [minX, minY, maxX, maxY, cards] = [Infinity, Infinity, -Infinity, -Infinity, 0];
  for (const { x, y, width, height } of boxes) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x + width);
    maxY = Math.max(maxY, y + height);
    cards += width * height;
  }
  if (cards === 0) return { width: 0, height: 0, aspect: 1, fill: 0 };
  const [width, height] = [maxX - minX, maxY - minY];
  return { width, height, aspect: width / height, fill: cards / (width * height) };
}
