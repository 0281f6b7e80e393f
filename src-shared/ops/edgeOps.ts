import { LIMITS } from '../model/limits';
import { type ArgMap, Id, type Relation } from '../model/map';
import type { Change } from './change';
import { type Refusal, refuse } from './refusal';
import { usedIds } from './usedIds';

const verb: Record<Relation, string> = { supports: 'support', opposes: 'oppose' };

const linked = (map: ArgMap, from: string, to: string) =>
  map.edges.some((edge) => edge.from === from && edge.to === to);

/** Links a reason (`from`) to the claim it bears on (`to`). */
export function connect(
  map: ArgMap,
  args: { id: string; from: string; to: string; relation: Relation },
): Change | Refusal {
  const { id, from, to, relation } = args;
  const nodeIds = new Set(map.nodes.map((node) => node.id));
  if (!nodeIds.has(from) || !nodeIds.has(to)) return refuse('Both ends of a link must be nodes on the map.');
  if (from === to) return refuse(`A node cannot ${verb[relation]} itself.`);
  if (linked(map, from, to)) return refuse('These nodes are already linked.');
  if (map.edges.length >= LIMITS.edges) return refuse(`A map holds at most ${LIMITS.edges} links.`);
  if (!Id.safeParse(id).success || usedIds(map).has(id))
    return refuse('The new link needs an id of its own.');
  return {
    label: 'Add link',
    steps: [{ type: 'insert', list: 'edges', index: map.edges.length, record: { id, from, to, relation } }],
  };
}

/** Makes a link support or oppose its claim. Returns null for a missing link or no change. */
export function setEdgeRelation(map: ArgMap, args: { id: string; relation: Relation }): Change | null {
  const edge = map.edges.find((candidate) => candidate.id === args.id);
  if (!edge || edge.relation === args.relation) return null;
  return {
    label: `Make link ${verb[args.relation]}`,
    steps: [
      {
        type: 'update',
        list: 'edges',
        id: edge.id,
        before: { relation: edge.relation },
        after: { relation: args.relation },
      },
    ],
  };
}

/** Swaps a link's reason and claim. Returns null for a missing link. */
export function reverseEdge(map: ArgMap, args: { id: string }): Change | Refusal | null {
  const edge = map.edges.find((candidate) => candidate.id === args.id);
  if (!edge) return null;
  if (linked(map, edge.to, edge.from)) return refuse('These nodes are already linked the other way.');
  return {
    label: 'Reverse link',
    steps: [
      {
        type: 'update',
        list: 'edges',
        id: edge.id,
        before: { from: edge.from, to: edge.to },
        after: { from: edge.to, to: edge.from },
      },
    ],
  };
}
