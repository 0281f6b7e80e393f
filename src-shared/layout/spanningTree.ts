import { type Link, reasonsByClaim } from './graph';

/** The tree the layout arranges: each reason under one of the claims it bears on. */
export interface SpanningTree {
  /** Each claim's reasons in the tree, in link order (the map's order). */
  children: Map<string, string[]>;
  /** Nodes with no claim above them in the tree, in the order given. */
  roots: string[];
  parent: Map<string, string>;
}

/**
 * Hangs each reason under the claim of its that lies deepest (the longest chain of claims above it), so
 * that a reason of several claims sits below them in a chain of them; its other links (cross links) are
 * drawn, not laid out. Reasons on
 * a cycle, which has no deepest claim, hang under the first claim that reaches them from the top.
 */
export function spanningTree(ids: readonly string[], links: readonly Link[]): SpanningTree {
  const { reasons, isReason } = reasonsByClaim(links);
  const claimsOf = new Map<string, string[]>();
  for (const [claim, reason] of links) {
    const list = claimsOf.get(reason);
    if (list) list.push(claim);
    else claimsOf.set(reason, [claim]);
  }

  // Longest chain of claims above each node, over the part of the graph without cycles (Kahn's order).
  const waiting = new Map(ids.map((id) => [id, claimsOf.get(id)?.length ?? 0]));
  const depth = new Map<string, number>();
  const parent = new Map<string, string>();
  const ready = ids.filter((id) => waiting.get(id) === 0);
  for (let i = 0; i < ready.length; i++) {
    const id = ready[i] as string;
    let deepest: string | undefined;
    for (const claim of claimsOf.get(id) ?? [])
      if (deepest === undefined || (depth.get(claim) as number) > (depth.get(deepest) as number))
        deepest = claim;
    depth.set(id, deepest === undefined ? 0 : (depth.get(deepest) as number) + 1);
    if (deepest !== undefined) parent.set(id, deepest);
    for (const reason of reasons.get(id) ?? []) {
      const left = (waiting.get(reason) as number) - 1;
      waiting.set(reason, left);
      if (left === 0) ready.push(reason);
    }
  }

  // What only cycles lead to: the first claim that reaches it, walking down from the top in map order.
  const seen = new Set(ready);
  const visit = (start: string) => {
    const stack = [start];
    seen.add(start);
    for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
      for (const reason of reasons.get(id) ?? []) {
        if (seen.has(reason)) continue;
        seen.add(reason);
        parent.set(reason, id);
        stack.push(reason);
      }
    }
  };
  for (const id of ids) if (depth.has(id)) visit(id);
  for (const id of ids) if (!seen.has(id) && !isReason.has(id)) visit(id);
  for (const id of ids) if (!seen.has(id)) visit(id);

  return treeOf(ids, links, parent);
}

/** The children and roots that a choice of parents gives, children in link order. */
function treeOf(ids: readonly string[], links: readonly Link[], parent: Map<string, string>): SpanningTree {
  const children = new Map<string, string[]>();
  for (const [claim, reason] of links) {
    if (parent.get(reason) !== claim) continue;
    const list = children.get(claim);
    if (list) list.push(reason);
    else children.set(claim, [reason]);
  }
  return { children, roots: ids.filter((id) => !parent.has(id)), parent };
}
