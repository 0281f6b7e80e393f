import type { ArgMap, ArgNode, Position, Size } from '../model/map';
import { type Box, clearOverlaps } from './clearOverlaps';
import { arrangeCompact } from './compact';
import { followersOfPinned } from './followers';
import { linksAmong } from './graph';
import { plannedSize } from './nodeSize';
import { widenTo } from './widen';

/** The narrowest (width over height) a whole map is laid out: a screen is wider than tall. */
const NARROWEST_MAP = 0.8;

/** What layout reads of a map. */
export type LaidOutMap = Pick<ArgMap, 'nodes' | 'edges'>;

export interface AutoLayoutOptions {
  /** The sizes nodes are drawn at. A node without one uses its stored size, else an estimate from its text. */
  sizes?: ReadonlyMap<string, Size>;
  /** Tidy a selection: lay out only these nodes, where they were; every other node stays put. */
  only?: ReadonlySet<string>;
}

/** The size a node is laid out at: as drawn, else as stored, else estimated from its text. */
export function sizeOf(node: ArgNode, drawn: ReadonlyMap<string, Size> | undefined): Size {
  return plannedSize(node, drawn?.get(node.id));
}

/**
 * Lays out an argument map, or a selection of it (`only`): claims above the reasons that bear on them,
 * the thesis on top, siblings in the map's order, connected groups side by side and loose nodes in rows
 * below. The first thesis stays where it was (else the first pinned node, else the top-left corner of the
 * laid-out nodes), so the view does not jump. Pinned nodes keep their places and take along the reasons
 * that hang only from them; nothing that moves overlaps another node. Deterministic.
 * Returns the new positions of the nodes that move.
 */
export async function autoLayout(
  map: LaidOutMap,
  options: AutoLayoutOptions = {},
): Promise<Map<string, Position>> {
  const { only } = options;
  const subject = only ? map.nodes.filter((node) => only.has(node.id)) : map.nodes;
  if (subject.length === 0) return new Map();
  const ids = subject.map((node) => node.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const sizes = new Map(map.nodes.map((node) => [node.id, sizeOf(node, options.sizes)]));
  const links = linksAmong(map.edges, index);
  const isThesis = (id: string) => subject[index.get(id) as number]?.kind === 'thesis';
  const arranged = arrangeCompact(ids, links, sizes, isThesis);
  // A tidied selection keeps its own shape; a whole map is made to suit a screen.
  const layout = only ? arranged : widenTo(arranged, sizes, NARROWEST_MAP);

  const anchor = subject.find((node) => node.kind === 'thesis') ?? subject.find((node) => node.pinned);
  const from = anchor ? (layout.get(anchor.id) as Position) : { x: 0, y: 0 };
  const to = anchor?.position ?? {
    x: subject.reduce((min, node) => Math.min(min, node.position.x), Number.POSITIVE_INFINITY),
    y: subject.reduce((min, node) => Math.min(min, node.position.y), Number.POSITIVE_INFINITY),
  };
  const placed = new Map(
    ids.map((id) => {
      const { x, y } = layout.get(id) as Position;
      return [id, { x: to.x + (x - from.x), y: to.y + (y - from.y) }];
    }),
  );

  const byId = new Map(map.nodes.map((node) => [node.id, node]));
  const pinned = new Set(subject.filter((node) => node.pinned).map((node) => node.id));
  const drift = new Map(
    [...pinned].map((id) => {
      const { x, y } = placed.get(id) as Position;
      const { position } = byId.get(id) as ArgNode;
      return [id, { x: position.x - x, y: position.y - y }];
    }),
  );
  for (const [follower, claim] of followersOfPinned(ids, links, pinned)) {
    const { x, y } = placed.get(follower) as Position;
    const { x: dx, y: dy } = drift.get(claim) as Position;
    placed.set(follower, { x: x + dx, y: y + dy });
  }

  const boxAt = (id: string, position: Position): Box => ({ ...position, ...(sizes.get(id) as Size) });
  const fixed = map.nodes
    .filter((node) => !index.has(node.id) || pinned.has(node.id))
    .map((node) => boxAt(node.id, node.position));
  const movable = new Map(
    ids.filter((id) => !pinned.has(id)).map((id) => [id, boxAt(id, placed.get(id) as Position)]),
  );
  const moves = new Map<string, Position>();
  for (const [id, position] of clearOverlaps(movable, fixed)) {
    const before = (byId.get(id) as ArgNode).position;
    if (position.x !== before.x || position.y !== before.y) moves.set(id, position);
  }
  return moves;
}
