import type { ArgMap, TourStep } from '../model/map';
import type { Change, Step } from './change';
import { count } from './labels';

/**
 * Deletes nodes and links as one change: the nodes, every link that touches them, the listed links,
 * and the deleted nodes' places in tour steps. Returns null when none of the ids exist.
 */
export function deleteElements(
  map: ArgMap,
  args: { nodeIds?: Iterable<string>; edgeIds?: Iterable<string> },
): Change | null {
  const nodeIds = new Set(args.nodeIds ?? []);
  const edgeIds = new Set(args.edgeIds ?? []);
  const deletedNodes = map.nodes.flatMap((node, index) => (nodeIds.has(node.id) ? [{ node, index }] : []));
  const gone = new Set(deletedNodes.map(({ node }) => node.id));
  const deletedEdges = map.edges.flatMap((edge, index) =>
    edgeIds.has(edge.id) || gone.has(edge.from) || gone.has(edge.to) ? [{ edge, index }] : [],
  );
  if (deletedNodes.length === 0 && deletedEdges.length === 0) return null;

  const steps: Step[] = [];
  // Highest index first: each removal leaves the indices still to come untouched, and the inverse
  // (lowest first) reinserts every record exactly where it was.
  for (const { edge, index } of deletedEdges.toReversed())
    steps.push({ type: 'remove', list: 'edges', index, record: edge });
  for (const { node, index } of deletedNodes.toReversed())
    steps.push({ type: 'remove', list: 'nodes', index, record: node });
  if (gone.size > 0) for (const step of map.tour) steps.push(...forgetNodes(step, gone));

  const listedEdges = deletedEdges.filter(({ edge }) => edgeIds.has(edge.id)).length;
  const what = [
    ...(deletedNodes.length > 0 ? [count(deletedNodes.length, 'node')] : []),
    ...(listedEdges > 0 ? [count(listedEdges, 'link')] : []),
  ];
  return { label: `Delete ${what.join(' and ')}`, steps };
}

/** The update that drops deleted nodes from a tour step's focus and reveal lists, if it names any. */
function forgetNodes(step: TourStep, gone: ReadonlySet<string>): Step[] {
  const before: Partial<TourStep> = {};
  const after: Partial<TourStep> = {};
  for (const list of ['focus', 'reveal'] as const) {
    const ids = step[list];
    if (!ids?.some((id) => gone.has(id))) continue;
    before[list] = ids;
    after[list] = ids.filter((id) => !gone.has(id));
  }
  return Object.keys(after).length === 0
    ? []
    : [{ type: 'update', list: 'tour', id: step.id, before, after }];
}
