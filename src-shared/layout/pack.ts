import type { Position, Size } from '../model/map';
import { LAYER_GAP, SIBLING_GAP } from './layered';
import { NODE_BOX } from './nodeSize';

const GROUP_GAP = 2 * SIBLING_GAP;
const TRAY_GAP = 2 * LAYER_GAP;
const TRAY_MIN_WIDTH = 4 * (NODE_BOX.width + SIBLING_GAP) - SIBLING_GAP;

function extent(positions: ReadonlyMap<string, Position>, sizes: ReadonlyMap<string, Size>): Size {
  let width = 0;
  let height = 0;
  for (const [id, { x, y }] of positions) {
    const size = sizes.get(id) as Size;
    width = Math.max(width, x + size.width);
    height = Math.max(height, y + size.height);
  }
  return { width, height };
}

/**
 * Places laid-out groups (each with its top-left corner at 0, 0) side by side, top-aligned, in the
 * order given; then the loose nodes (notes, reasons not linked yet) in rows below them, like a tray
 * as wide as the groups. The result's top-left corner is at (0, 0).
 */
export function pack(
  groups: ReadonlyArray<ReadonlyMap<string, Position>>,
  loose: readonly string[],
  sizes: ReadonlyMap<string, Size>,
): Map<string, Position> {
  const positions = new Map<string, Position>();
  let left = 0;
  let rowHeight = 0;
  for (const group of groups) {
    for (const [id, { x, y }] of group) positions.set(id, { x: left + x, y });
    const size = extent(group, sizes);
    left += size.width + GROUP_GAP;
    rowHeight = Math.max(rowHeight, size.height);
  }
  const trayWidth = Math.max(left - GROUP_GAP, TRAY_MIN_WIDTH);
  let x = 0;
  let y = groups.length > 0 ? rowHeight + TRAY_GAP : 0;
  let lineHeight = 0;
  for (const id of loose) {
    const size = sizes.get(id) as Size;
    if (x > 0 && x + size.width > trayWidth) {
      x = 0;
      y += lineHeight + LAYER_GAP;
      lineHeight = 0;
    }
    positions.set(id, { x, y });
    x += size.width + SIBLING_GAP;
    lineHeight = Math.max(lineHeight, size.height);
  }
  return positions;
}
