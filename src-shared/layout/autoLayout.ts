import type { ArgEdge, ArgMap, ArgNode, Position, Size } from '../model/map';
import { type Box, clearOverlaps } from './clearOverlaps';
import { followersOfPinned } from './followers';
import { type Link, layOutLayers, restack } from './layered';
import { estimateNodeSize } from './nodeSize';
import { pack } from './pack';

/** What layout reads of a map. */
export type LaidOutMap = Pick<ArgMap, 'nodes' | 'edges'>;

export interface AutoLayoutOptions {
  /** The sizes nodes are drawn at. A node without one uses its stored size, else an estimate from its text. */
  sizes?: ReadonlyMap<string, Size>;
  /** Tidy a selection: lay out only these nodes, where they were; every other node stays put. */
  only?: ReadonlySet<string>;
}

const usable = (size: Size | undefined): size is Size =>
  size !== undefined && size.width > 0 && size.height > 0 && Number.isFinite(size.width + size.height);

function sizeOf(node: ArgNode, drawn: ReadonlyMap<string, Size> | undefined): Size {
  const known = [drawn?.get(node.id), node.size].find(usable) ?? estimateNodeSize(node);
  // Boxes thinner than a pixel would let ELK's spacing round away.
  return { width: Math.max(1, known.width), height: Math.max(1, known.height) };
}

/** The map's edges among the laid-out nodes, turned to point from claim to reason, in the map's node order. */
function linksAmong(edges: readonly ArgEdge[], index: ReadonlyMap<string, number>): Link[] {
  const seen = new Set<string>();
  const links: Link[] = [];
  for (const { from, to } of edges) {
    const key = `${to} ${from}`;
    if (from === to || !index.has(from) || !index.has(to) || seen.has(key)) continue;
    seen.add(key);
    links.push([to, from]);
  }
  const at = (id: string) => index.get(id) as number;
  return links.sort((a, b) => at(a[0]) - at(b[0]) || at(a[1]) - at(b[1]));
}

/** Connected groups of nodes, each in map order, ordered by their first node. */
function groupsOf(ids: readonly string[], links: readonly Link[]): string[][] {
  const parent = new Map(ids.map((id) => [id, id]));
  const root = (id: string): string => {
    let top = id;
    while (parent.get(top) !== top) top = parent.get(top) as string;
    for (let at = id; at !== top; ) {
      const next = parent.get(at) as string;
      parent.set(at, top);
      at = next;
    }
    return top;
  };
  for (const [claim, reason] of links) parent.set(root(claim), root(reason));
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const list = groups.get(root(id));
    if (list) list.push(id);
    else groups.set(root(id), [id]);
  }
  return [...groups.values()];
}

/**
 * Lays out an argument map, or a selection of it (`only`): claims above the reasons that bear on them,
 * the thesis on top, siblings in the map's order, connected groups side by side (those with a thesis
 * first) and loose nodes in rows below. Pinned nodes keep their places and take the reasons that hang
 * only from them along; nothing that moves overlaps another node. The first thesis stays where it was
 * (else the first pinned node, else the top-left corner of the laid-out nodes), so the view does not jump.
 * Deterministic. Returns the new positions of the nodes that move.
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

  const groups = groupsOf(ids, links);
  const linked = groups.filter((group) => group.length > 1);
  const raw =
    linked.length > 0 ? await layOutLayers(linked.flat(), sizes, links) : new Map<string, Position>();
  const rank = (group: string[]) => {
    const thesis = group.find(isThesis);
    return thesis === undefined
      ? ids.length + (index.get(group[0] as string) as number)
      : (index.get(thesis) as number);
  };
  const row = groups.filter((group) => group.length > 1 || isThesis(group[0] as string));
  row.sort((a, b) => rank(a) - rank(b));
  const loose = groups.filter((group) => group.length === 1 && !isThesis(group[0] as string)).flat();
  const layout = pack(
    row.map((group) =>
      group.length > 1 ? restack(group, raw, sizes) : new Map([[group[0] as string, { x: 0, y: 0 }]]),
    ),
    loose,
    sizes,
  );

  const anchor = subject.find((node) => node.kind === 'thesis') ?? subject.find((node) => node.pinned);
  const from = anchor ? (layout.get(anchor.id) as Position) : { x: 0, y: 0 };
  const to = anchor?.position ?? {
    x: subject.reduce((min, node) => Math.min(min, node.position.x), Number.POSITIVE_INFINITY),
    y: subject.reduce((min, node) => Math.min(min, node.position.y), Number.POSITIVE_INFINITY),
  };
  const placed = new Map(
    [...layout].map(([id, { x, y }]) => [id, { x: to.x + (x - from.x), y: to.y + (y - from.y) }]),
  );

  const pinned = new Set(subject.filter((node) => node.pinned).map((node) => node.id));
  const byId = new Map(map.nodes.map((node) => [node.id, node]));
  const shift = (id: string) => {
    const { x, y } = placed.get(id) as Position;
    const { position } = byId.get(id) as ArgNode;
    return { x: position.x - x, y: position.y - y };
  };
  const shifts = new Map([...pinned].map((id) => [id, shift(id)]));
  for (const [follower, claim] of followersOfPinned(ids, links, pinned)) {
    const { x, y } = placed.get(follower) as Position;
    const { x: dx, y: dy } = shifts.get(claim) as Position;
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
