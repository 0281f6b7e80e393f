import type { ArgEdge, ArgMap, ArgNode } from '../model/map';

/** What folding hides of a map, and what each folded card says it hides. */
export interface Folding {
  /** The nodes hidden by a fold: every reason below a folded claim that no unfolded, shown claim holds. */
  hidden: ReadonlySet<string>;
  /** For each folded claim that is shown: how many hidden nodes lie below it (its badge, "+12"). */
  hiddenBelow: ReadonlyMap<string, number>;
  /** Folded claims (those with reasons), shown or not. */
  folded: ReadonlySet<string>;
}

const NOTHING_FOLDED: Folding = { hidden: new Set(), hiddenBelow: new Map(), folded: new Set() };

/** Each claim's reasons, from the map's edges (an edge runs from a reason to its claim). */
export function reasonsIndex(edges: readonly ArgEdge[]): Map<string, string[]> {
  const reasons = new Map<string, string[]>();
  for (const { from, to } of edges) {
    if (from === to) continue;
    const list = reasons.get(to);
    if (list) list.push(from);
    else reasons.set(to, [from]);
  }
  return reasons;
}

/**
 * Works out what folds hide, in time linear in the map. A node is hidden when it lies below a folded
 * claim and no shown, unfolded claim holds it: a reason that bears on two claims stays in sight while
 * either of them shows it. A folded claim in a cycle never hides itself.
 */
export function computeFolding(map: Pick<ArgMap, 'nodes' | 'edges'>): Folding {
  const reasons = reasonsIndex(map.edges);
  const folded = new Set(
    map.nodes.filter((node) => node.collapsed && reasons.has(node.id)).map((node) => node.id),
  );
  if (folded.size === 0) return NOTHING_FOLDED;

  // Everything below some fold; a fold's own cycle back to itself does not hide it.
  const below = new Set<string>();
  for (const origin of folded) {
    const stack = [...(reasons.get(origin) ?? [])];
    for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
      if (id === origin || below.has(id)) continue;
      below.add(id);
      if (!folded.has(id)) stack.push(...(reasons.get(id) ?? []));
    }
  }

  // Shown, unfolded claims keep their reasons in sight, and those keep theirs.
  const rescue: string[] = [];
  for (const node of map.nodes)
    if (!below.has(node.id) && !folded.has(node.id)) rescue.push(...(reasons.get(node.id) ?? []));
  for (let id = rescue.pop(); id !== undefined; id = rescue.pop()) {
    if (!below.delete(id)) continue;
    if (!folded.has(id)) rescue.push(...(reasons.get(id) ?? []));
  }

  const hiddenBelow = new Map<string, number>();
  for (const id of folded) if (!below.has(id)) hiddenBelow.set(id, countHiddenBelow(id, below, reasons));
  return { hidden: below, hiddenBelow, folded };
}

function countHiddenBelow(id: string, hidden: ReadonlySet<string>, reasons: ReadonlyMap<string, string[]>) {
  const seen = new Set<string>();
  const stack = [...(reasons.get(id) ?? [])];
  for (let at = stack.pop(); at !== undefined; at = stack.pop()) {
    if (seen.has(at) || !hidden.has(at) || at === id) continue;
    seen.add(at);
    stack.push(...(reasons.get(at) ?? []));
  }
  return seen.size;
}

const cache = new WeakMap<readonly ArgNode[], { edges: readonly ArgEdge[]; folding: Folding }>();

/** The folding of a map, computed once per version of its nodes and edges. */
export function foldingOf(map: Pick<ArgMap, 'nodes' | 'edges'>): Folding {
  const cached = cache.get(map.nodes);
  if (cached && cached.edges === map.edges) return cached.folding;
  const folding = computeFolding(map);
  cache.set(map.nodes, { edges: map.edges, folding });
  return folding;
}

/** The part of a map that folding leaves in sight: its nodes, and the links among them. */
export function visiblePart<M extends Pick<ArgMap, 'nodes' | 'edges'>>(map: M): M {
  const { hidden } = foldingOf(map);
  if (hidden.size === 0) return map;
  return {
    ...map,
    nodes: map.nodes.filter((node) => !hidden.has(node.id)),
    edges: map.edges.filter((edge) => !hidden.has(edge.from) && !hidden.has(edge.to)),
  };
}

/** "3 branches folded (24 nodes hidden)", or null when nothing is folded away. */
export function describeFolding(map: Pick<ArgMap, 'nodes' | 'edges'>): string | null {
  const { hidden, hiddenBelow } = foldingOf(map);
  if (hidden.size === 0) return null;
  const branches = hiddenBelow.size;
  const nodes = hidden.size;
  return `${branches} ${branches === 1 ? 'branch' : 'branches'} folded (${nodes} ${nodes === 1 ? 'node' : 'nodes'} hidden)`;
}
