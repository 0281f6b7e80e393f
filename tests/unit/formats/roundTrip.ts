import type { ArgMap } from '../../../src-shared/model/map';

/** A map without its ids: nodes by a key of the caller's choosing, links named by those keys. */
export function structure(map: ArgMap, keyOf: (node: ArgMap['nodes'][number]) => string) {
  const key = new Map(map.nodes.map((node) => [node.id, keyOf(node)]));
  const nodes = map.nodes
    .map(({ id: _, ...node }) => ({ key: key.get(_) as string, node }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const edges = map.edges.map((edge) => `${key.get(edge.from)} ${edge.relation} ${key.get(edge.to)}`).sort();
  const tour = map.tour.map(({ id: _, focus, reveal, ...step }) => ({
    ...step,
    focus: focus.map((id) => key.get(id)),
    ...(reveal && { reveal: reveal.map((id) => key.get(id)) }),
  }));
  return { title: map.title, source: map.source, nodes, edges, tour };
}
