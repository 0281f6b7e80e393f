import type { ArgMap } from '../model/map';
import { structureOf } from '../model/structure';
import { outlineRows } from '../outline/outlineRows';

const orders = new WeakMap<ArgMap, readonly string[]>();

/**
 * The one order a map is read in, by the outline, by the canvas's cards (as a screen reader walks
 * them) and by Next Node: the outline's rows, then what folds hide, in reading order.
 */
export function mapOrder(map: ArgMap): readonly string[] {
  const known = orders.get(map);
  if (known) return known;
  const listed = outlineRows(map).map((row) => row.node.id);
  const seen = new Set(listed);
  const order = [
    ...listed,
    ...structureOf(map)
      .readingOrder()
      .filter((id) => !seen.has(id)),
  ];
  orders.set(map, order);
  return order;
}

/** Sorts nodes into the map's order (those it does not list keep their place at the end). */
export function inMapOrder<T extends { id: string }>(map: ArgMap, nodes: readonly T[]): T[] {
  const rank = new Map(mapOrder(map).map((id, index) => [id, index]));
  const last = rank.size;
  return [...nodes].sort((a, b) => (rank.get(a.id) ?? last) - (rank.get(b.id) ?? last));
}
