import type { ArgMap, Position } from '../model/map';

/** How far Auto-Layout may move a node for the map still to count as laid out (measured sizes round). */
const LAID_OUT_TOLERANCE = 8;

/**
 * Whether `map` is as Auto-Layout left it: `moves`, what Auto-Layout would do to it now, moves no node
 * further than rounding does. A lone card (a map folded down to its thesis, say) says nothing of how the
 * map was arranged, so it does not count: expanding it must not rearrange a map arranged by hand.
 */
export function isLaidOut(map: Pick<ArgMap, 'nodes'>, moves: ReadonlyMap<string, Position>): boolean {
  if (map.nodes.length < 2) return false;
  const byId = new Map(map.nodes.map((node) => [node.id, node.position]));
  for (const [id, to] of moves) {
    const from = byId.get(id);
    if (!from || Math.hypot(to.x - from.x, to.y - from.y) > LAID_OUT_TOLERANCE) return false;
  }
  return true;
}
