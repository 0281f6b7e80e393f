import type { ArgEdge, ArgMap, ArgNode } from '../model/map';

/** One line of a map written as an outline: a node under the claim it bears on, or a mention of one. */
export interface OutlineLine {
  node: ArgNode;
  /** 0 for a root (a claim that bears on nothing), one more for each claim above. */
  depth: number;
  /** The link from this node to the claim above it; null at a root. */
  edge: ArgEdge | null;
  /** The node was written out above: this line only refers to it. */
  mention: boolean;
}

/**
 * The map as an outline for text formats: roots first (nodes that bear on nothing, in map order), each
 * followed by the reasons that bear on it, depth first; every node written out once, under the first claim
 * that reaches it, and mentioned under any other. Nodes only reachable through a cycle start outlines of
 * their own. Iterative, so a long chain of reasons cannot overflow the call stack.
 */
export function argumentOutline(map: Pick<ArgMap, 'nodes' | 'edges'>): OutlineLine[] {
  const byId = new Map(map.nodes.map((node) => [node.id, node]));
  const incoming = new Map<string, ArgEdge[]>();
  const bearsOnSomething = new Set<string>();
  for (const edge of map.edges) {
    incoming.set(edge.to, [...(incoming.get(edge.to) ?? []), edge]);
    bearsOnSomething.add(edge.from);
  }
  const lines: OutlineLine[] = [];
  const written = new Set<string>();
  const starts = [
    ...map.nodes.filter((node) => !bearsOnSomething.has(node.id)),
    ...map.nodes.filter((node) => bearsOnSomething.has(node.id)),
  ];
  for (const start of starts) {
    if (written.has(start.id)) continue;
    written.add(start.id);
    lines.push({ node: start, depth: 0, edge: null, mention: false });
    const stack = [{ claim: start.id, depth: 1, next: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as (typeof stack)[number];
      const edge = incoming.get(top.claim)?.[top.next++];
      if (!edge) {
        stack.pop();
        continue;
      }
      const node = byId.get(edge.from) as ArgNode;
      const mention = written.has(node.id);
      lines.push({ node, depth: top.depth, edge, mention });
      if (mention) continue;
      written.add(node.id);
      stack.push({ claim: node.id, depth: top.depth + 1, next: 0 });
    }
  }
  return lines;
}
