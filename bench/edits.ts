import type { ArgMap, ArgNode } from '../src-shared/model/map';
import type { Change } from '../src-shared/ops/change';
import { deleteElements } from '../src-shared/ops/deleteOps';
import { connect } from '../src-shared/ops/edgeOps';
import { updateNodeFields } from '../src-shared/ops/fieldOps';
import { setNodeKind } from '../src-shared/ops/kindOps';
import { addNode, moveNodes, setNodeText } from '../src-shared/ops/nodeOps';
import { isRefusal, type Refusal } from '../src-shared/ops/refusal';
import { pick, type Random } from './random';

/** One kind of edit a person makes; `run` varies it, so no two runs ask for the same change. */
export interface Edit {
  label: string;
  make(map: ArgMap, run: number): Change | null;
}

const changeOf = (result: Change | Refusal | null, label: string): Change => {
  if (result === null || isRefusal(result))
    throw new Error(`${label}: ${result ? result.refused : 'nothing to change'}`);
  return result;
};

const isClaim = (node: ArgNode) => node.kind !== 'quote' && node.kind !== 'note';

function linkCounts(map: ArgMap): Map<string, number> {
  const counts = new Map<string, number>();
  for (const edge of map.edges)
    for (const id of [edge.from, edge.to]) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/**
 * The edits timed on a large map, on nodes from the middle of it: a premise with three or more links
 * (the one moved, edited, retyped and deleted), and an earlier claim to link it to.
 */
export function representativeEdits(map: ArgMap): Edit[] {
  const links = linkCounts(map);
  const middle = Math.floor(map.nodes.length / 2);
  const premise =
    map.nodes.slice(middle).find((node) => node.kind === 'premise' && (links.get(node.id) ?? 0) >= 3) ??
    map.nodes.find((node) => node.kind === 'premise');
  if (!premise) throw new Error('the map has no premise to edit');
  const linked = new Set(
    map.edges.flatMap((edge) =>
      edge.from === premise.id ? [edge.to] : edge.to === premise.id ? [edge.from] : [],
    ),
  );
  const claim = map.nodes.find((node) => isClaim(node) && node.id !== premise.id && !linked.has(node.id));
  if (!claim) throw new Error('the map has no claim to link to');
  return [
    {
      label: 'Move a node',
      make: (m, run) =>
        moveNodes(m, {
          moves: [{ id: premise.id, position: { x: premise.position.x + run + 1, y: premise.position.y } }],
        }),
    },
    {
      label: 'Edit a node’s text',
      make: (m, run) => setNodeText(m, { id: premise.id, text: `${premise.text} (revised ${run})` }),
    },
    {
      label: 'Edit a node’s notes and tags',
      make: (m, run) =>
        changeOf(
          updateNodeFields(m, {
            id: premise.id,
            fields: { notes: `Checked against the source, pass ${run}.`, tags: ['checked', `pass-${run}`] },
          }),
          'notes',
        ),
    },
    {
      label: 'Add a premise linked to a claim',
      make: (m, run) =>
        addNode(m, {
          node: {
            id: `bench-n${run}`,
            kind: 'premise',
            text: 'A new reason, typed in.',
            position: { x: 0, y: 0 },
          },
          edge: { id: `bench-e${run}`, from: `bench-n${run}`, to: claim.id, relation: 'supports' },
        }),
    },
    {
      label: 'Link two nodes',
      make: (m, run) =>
        changeOf(
          connect(m, { id: `bench-link${run}`, from: premise.id, to: claim.id, relation: 'supports' }),
          'link',
        ),
    },
    {
      label: 'Change a node’s kind (its links follow)',
      make: (m) => setNodeKind(m, { id: premise.id, kind: 'counterpoint' }),
    },
    {
      label: `Delete a node with its ${links.get(premise.id) ?? 0} links`,
      make: (m) => deleteElements(m, { nodeIds: [premise.id] }),
    },
    {
      label: `Move all ${map.nodes.length.toLocaleString('en-US')} nodes (an auto-layout’s result)`,
      make: (m, run) =>
        moveNodes(m, {
          moves: m.nodes.map((node) => ({
            id: node.id,
            position: { x: node.position.x + run + 1, y: node.position.y },
          })),
        }),
    },
  ];
}

/**
 * The next of a long session of edits, mostly moves and text, with nodes added and deleted in equal
 * measure so the map keeps its size: what 1,000 edits of a working session look like.
 */
export function nextEdit(map: ArgMap, next: Random, n: number): Change {
  const node = pick(next, map.nodes);
  const roll = next();
  if (roll < 0.4)
    return changeOf(
      moveNodes(map, {
        moves: [{ id: node.id, position: { x: node.position.x + 20, y: node.position.y + 10 } }],
      }),
      'move',
    );
  if (roll < 0.65)
    return changeOf(setNodeText(map, { id: node.id, text: `${node.text} (edit ${n})` }), 'text');
  if (roll < 0.75)
    return changeOf(
      updateNodeFields(map, { id: node.id, fields: { notes: `Note ${n} on this card.` } }),
      'notes',
    );
  if (roll < 0.85) {
    const claim = pick(next, map.nodes.filter(isClaim));
    return addNode(map, {
      node: {
        id: `edit-n${n}`,
        kind: 'premise',
        text: 'A reason added while editing.',
        position: { x: 0, y: 0 },
      },
      edge: { id: `edit-e${n}`, from: `edit-n${n}`, to: claim.id, relation: 'supports' },
    });
  }
  if (roll < 0.95 && node.kind !== 'thesis')
    return changeOf(deleteElements(map, { nodeIds: [node.id] }), 'delete');
  return changeOf(
    setNodeText(map, { id: node.id, text: `${node.text.slice(0, 40)} (rewritten ${n})` }),
    'rewrite',
  );
}
