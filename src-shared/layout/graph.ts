import type { ArgEdge } from '../model/map';

/** A link drawn from a claim down to one of its reasons: the reverse of the map's edge. */
export type Link = readonly [claim: string, reason: string];

/** The map's edges among the given nodes, turned to point from claim to reason, in the nodes' order. */
export function linksAmong(edges: readonly ArgEdge[], index: ReadonlyMap<string, number>): Link[] {
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

/** Connected groups of nodes, each in the order given, ordered by their first node. */
export function groupsOf(ids: readonly string[], links: readonly Link[]): string[][] {
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
    const group = groups.get(root(id));
    if (group) group.push(id);
    else groups.set(root(id), [id]);
  }
  return [...groups.values()];
}

/** Each claim's reasons in link order, and which nodes are a reason of some claim. */
export function reasonsByClaim(links: readonly Link[]): {
  reasons: Map<string, string[]>;
  isReason: Set<string>;
} {
  const reasons = new Map<string, string[]>();
  const isReason = new Set<string>();
  for (const [claim, reason] of links) {
    const list = reasons.get(claim);
    if (list) list.push(reason);
    else reasons.set(claim, [reason]);
    isReason.add(reason);
  }
  return { reasons, isReason };
}
