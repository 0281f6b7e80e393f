import type { ArgMap, ArgNode } from '../model/map';

/** The map as the semantics read it: the nodes that take part, and who attacks and supports whom. */
export interface ArgumentGraph {
  /** Every node but notes, in map order. */
  nodes: readonly ArgNode[];
  index: ReadonlyMap<string, number>;
  /** `attackers[i]`: the indices of the nodes whose `opposes` link points at node i. */
  attackers: readonly number[][];
  supporters: readonly number[][];
}

/** Notes take no part; a link to or from a note, or to itself, is left out. */
export function argumentGraph(map: Pick<ArgMap, 'nodes' | 'edges'>): ArgumentGraph {
  const nodes = map.nodes.filter((node) => node.kind !== 'note');
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const attackers: number[][] = nodes.map(() => []);
  const supporters: number[][] = nodes.map(() => []);
  for (const edge of map.edges) {
    const from = index.get(edge.from);
    const to = index.get(edge.to);
    if (from === undefined || to === undefined || from === to) continue;
    (edge.relation === 'opposes' ? attackers : supporters)[to]?.push(from);
  }
  return { nodes, index, attackers, supporters };
}
