import fc from 'fast-check';
import { extractFragment, parseFragment, serializeFragment } from '../../../src-shared/clipboard/fragment';
import { newId } from '../../../src-shared/model/ids';
import { type ArgMap, NODE_KINDS, RELATIONS } from '../../../src-shared/model/map';
import { alignNodes, distributeNodes } from '../../../src-shared/ops/arrange';
import type { Change } from '../../../src-shared/ops/change';
import { deleteElements } from '../../../src-shared/ops/deleteOps';
import { connect, reverseEdge, setEdgeRelation } from '../../../src-shared/ops/edgeOps';
import { setPinned, updateNodeFields } from '../../../src-shared/ops/fieldOps';
import { insertFragment } from '../../../src-shared/ops/fragmentOps';
import { setNodeKind } from '../../../src-shared/ops/kindOps';
import { isRefusal, type Refusal } from '../../../src-shared/ops/refusal';
import { arbitraryMap } from '../../support/arbitraryMap';
import { expectReversible } from '../../support/expectReversible';

/** A record in the map as it is when the command runs: by position (wrapping), or one that does not exist. */
const pick = fc.oneof(
  { weight: 5, arbitrary: fc.nat({ max: 15 }) },
  { weight: 1, arbitrary: fc.constant(-1) },
);
const picks = fc.array(pick, { maxLength: 6 });

function nodeAt(map: ArgMap, n: number): string {
  return n < 0 || map.nodes.length === 0 ? 'no-such-node' : (map.nodes[n % map.nodes.length]?.id as string);
}
function edgeAt(map: ArgMap, n: number): string {
  return n < 0 || map.edges.length === 0 ? 'no-such-edge' : (map.edges[n % map.edges.length]?.id as string);
}

const relation = fc.constantFrom(...RELATIONS);
const coordinate = fc.oneof(fc.integer({ min: -3000, max: 3000 }), fc.constantFrom(1e7, -1e7, Number.NaN));
const sizes = fc.array(fc.tuple(pick, fc.double({ min: -10, max: 2e7 }), fc.double({ min: -10, max: 2e7 })), {
  maxLength: 4,
});
/** Ids for new links: fresh, one already in the map, or not an id at all. */
const linkId = fc.oneof(fc.constant('fresh'), fc.constant('taken'), fc.constant('not an id!'));
/** New ids for a paste: random, always the same (so they collide), or invalid. */
const idSource = fc.constantFrom('random', 'constant', 'invalid');
const tags = fc.array(
  fc.oneof(fc.string({ maxLength: 8 }), fc.constant(' spaced '), fc.constant('x'.repeat(70))),
  {
    maxLength: 5,
  },
);

const command = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), nodes: picks, edges: picks }),
  fc.record({ op: fc.constant('connect' as const), from: pick, to: pick, relation, id: linkId }),
  fc.record({ op: fc.constant('relation' as const), edge: pick, relation }),
  fc.record({ op: fc.constant('reverse' as const), edge: pick }),
  fc.record({ op: fc.constant('kind' as const), node: pick, kind: fc.constantFrom(...NODE_KINDS) }),
  fc.record(
    {
      op: fc.constant('fields' as const),
      node: pick,
      notes: fc.string({ maxLength: 10 }),
      tags,
      pinned: fc.boolean(),
    },
    { requiredKeys: ['op', 'node'] },
  ),
  fc.record({ op: fc.constant('pin' as const), nodes: picks, pinned: fc.boolean() }),
  fc.record({
    op: fc.constant('paste' as const),
    nodes: picks,
    from: fc.constantFrom('same', 'other'),
    viaText: fc.boolean(),
    forgedHash: fc.boolean(),
    ids: idSource,
    x: coordinate,
    y: coordinate,
  }),
  fc.record({
    op: fc.constant('align' as const),
    nodes: picks,
    to: fc.constantFrom('left', 'centre', 'right', 'top', 'middle', 'bottom'),
    sizes,
  }),
  fc.record({
    op: fc.constant('distribute' as const),
    nodes: picks,
    axis: fc.constantFrom('horizontal', 'vertical'),
    sizes,
  }),
);
type Command = typeof command extends fc.Arbitrary<infer T> ? T : never;

function run(map: ArgMap, other: ArgMap, c: Command): Change | Refusal | null {
  const nodes = (list: number[]) => list.map((n) => nodeAt(map, n));
  const sizesOf = (list: Array<[number, number, number]>) =>
    new Map(list.map(([n, width, height]) => [nodeAt(map, n), { width, height }]));
  switch (c.op) {
    case 'delete':
      return deleteElements(map, { nodeIds: nodes(c.nodes), edgeIds: c.edges.map((n) => edgeAt(map, n)) });
    case 'connect': {
      const id = c.id === 'fresh' ? newId('e') : c.id === 'taken' ? nodeAt(map, 0) : c.id;
      return connect(map, { id, from: nodeAt(map, c.from), to: nodeAt(map, c.to), relation: c.relation });
    }
    case 'relation':
      return setEdgeRelation(map, { id: edgeAt(map, c.edge), relation: c.relation });
    case 'reverse':
      return reverseEdge(map, { id: edgeAt(map, c.edge) });
    case 'kind':
      return setNodeKind(map, { id: nodeAt(map, c.node), kind: c.kind });
    case 'fields': {
      const { notes, tags, pinned } = c;
      return updateNodeFields(map, { id: nodeAt(map, c.node), fields: { notes, tags, pinned } });
    }
    case 'pin':
      return setPinned(map, { ids: nodes(c.nodes), pinned: c.pinned });
    case 'paste': {
      const from = c.from === 'same' ? map : other;
      let fragment = extractFragment(
        from,
        c.nodes.map((n) => nodeAt(from, n)),
      );
      if (c.forgedHash) fragment = { ...fragment, sourceHash: '0123456789abcdef' };
      if (c.viaText) {
        const parsed = parseFragment(serializeFragment(fragment));
        if (isRefusal(parsed)) throw new Error(`a copied fragment did not parse: ${parsed.refused}`);
        fragment = parsed;
      }
      const ids = { random: newId, constant: () => nodeAt(map, 0), invalid: () => 'not valid!' }[c.ids];
      const pasted = insertFragment(map, fragment, { offset: { x: c.x, y: c.y }, newId: ids });
      return isRefusal(pasted) ? pasted : pasted.change;
    }
    case 'align':
      return alignNodes(map, { ids: nodes(c.nodes), to: c.to, sizes: sizesOf(c.sizes) });
    case 'distribute':
      return distributeNodes(map, { ids: nodes(c.nodes), axis: c.axis, sizes: sizesOf(c.sizes) });
  }
}

describe('every operation', () => {
  test('keeps the map valid, and undoing a whole sequence of them gives back the original', () => {
    fc.assert(
      fc.property(
        arbitraryMap({ maxNodes: 8, maxEdges: 14 }),
        arbitraryMap({ maxNodes: 5 }),
        fc.array(command, { maxLength: 12 }),
        (generated, other, commands) => {
          // Plain objects (fast-check builds some without a prototype), so that toStrictEqual compares
          // only content, and still catches a field left behind as `undefined`.
          const map = structuredClone(generated);
          expectReversible(
            map,
            commands.map((c) => (current: ArgMap) => run(current, other, c)),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
