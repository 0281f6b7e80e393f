import fc from 'fast-check';
import type { ArgMap } from '../../../src-shared/model/map';
import { applyChange, type Change, invertChange } from '../../../src-shared/ops/change';
import { addNode, moveNodes, setNodeText, setQuoteAttribution } from '../../../src-shared/ops/nodeOps';
import { arbitraryMap, sampleMap } from '../../support/arbitraryMap';

/** A random sequence of edits that are valid for the map as it evolves. */
function randomEdits(
  map: ArgMap,
  picks: Array<{ node: number; text: string; x: number; y: number; move: boolean }>,
): Change[] {
  const changes: Change[] = [];
  let current = map;
  for (const pick of picks) {
    const node = current.nodes[pick.node % current.nodes.length];
    if (!node) break;
    const change = pick.move
      ? moveNodes(current, { moves: [{ id: node.id, position: { x: pick.x, y: pick.y } }] })
      : setNodeText(current, { id: node.id, text: pick.text });
    if (!change) continue;
    changes.push(change);
    current = applyChange(current, change);
  }
  return changes;
}

const edit = fc.record({
  node: fc.nat(),
  text: fc.string({ maxLength: 40 }),
  x: fc.integer({ min: -5000, max: 5000 }),
  y: fc.integer({ min: -5000, max: 5000 }),
  move: fc.boolean(),
});

describe('a change', () => {
  test('applied then inverted gives back the original document, for any map and any sequence of edits', () => {
    fc.assert(
      fc.property(arbitraryMap({ minNodes: 1 }), fc.array(edit, { maxLength: 12 }), (map, picks) => {
        const before = structuredClone(map);
        const changes = randomEdits(map, picks);
        const after = changes.reduce(applyChange, map);
        const back = [...changes].reverse().map(invertChange).reduce(applyChange, after);
        expect(back).toEqual(before);
        expect(map).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  test('leaves untouched records identical, so the canvas re-renders only what changed', () => {
    const map = sampleMap();
    const next = applyChange(map, setNodeText(map, { id: 'noise', text: 'Engines are loud.' }) as Change);
    expect(next.nodes.find((node) => node.id === 'noise')?.text).toBe('Engines are loud.');
    expect(next.nodes.find((node) => node.id === 'thesis')).toBe(
      map.nodes.find((node) => node.id === 'thesis'),
    );
    expect(next.edges).toBe(map.edges);
  });

  test('can clear an optional field and its inverse restores it', () => {
    const map = sampleMap();
    const noise = map.nodes.find((node) => node.id === 'noise');
    const change: Change = {
      label: 'Drop anchor',
      steps: [
        {
          type: 'update',
          list: 'nodes',
          id: 'noise',
          before: { anchor: noise?.anchor },
          after: { anchor: undefined },
        },
      ],
    };
    const cleared = applyChange(map, change);
    expect('anchor' in (cleared.nodes.find((node) => node.id === 'noise') ?? {})).toBe(false);
    expect(applyChange(cleared, invertChange(change))).toEqual(map);
  });
});

describe('node operations', () => {
  test('editing text to what it already is makes no change, so no empty step enters history', () => {
    const map = sampleMap();
    expect(setNodeText(map, { id: 'thesis', text: 'Cities should ban cars.' })).toBeNull();
    expect(setNodeText(map, { id: 'missing', text: 'x' })).toBeNull();
  });

  test('moving several nodes is one change with one step per node that moved', () => {
    const map = sampleMap();
    const change = moveNodes(map, {
      moves: [
        { id: 'thesis', position: { x: 0, y: 0 } },
        { id: 'noise', position: { x: 10, y: 20 } },
        { id: 'mayor', position: { x: 30, y: 40 } },
      ],
    });
    expect(change?.steps).toHaveLength(2);
    expect(change?.label).toBe('Move 2 nodes');
  });
});

describe('adding nodes and attributing quotes', () => {
  test('adding a node with its edge is one change, and undoing it removes both', () => {
    const map = sampleMap();
    const change = addNode(map, {
      node: { id: 'new', kind: 'counterpoint', text: 'Buses are loud too.', position: { x: 0, y: 300 } },
      edge: { id: 'e-new', from: 'new', to: 'thesis', relation: 'opposes' },
    });
    const added = applyChange(map, change);
    expect(added.nodes.at(-1)?.id).toBe('new');
    expect(added.edges.at(-1)).toMatchObject({ from: 'new', to: 'thesis', relation: 'opposes' });
    expect(applyChange(added, invertChange(change))).toEqual(map);
  });

  test('a quote’s speaker and role are set in one undoable change; an empty role is dropped', () => {
    const map = sampleMap();
    const change = setQuoteAttribution(map, {
      id: 'mayor',
      quote: { speaker: 'Anne Hidalgo', role: '', direct: false },
    });
    const attributed = applyChange(map, change as Change);
    expect(attributed.nodes.find((node) => node.id === 'mayor')?.quote).toEqual({
      speaker: 'Anne Hidalgo',
      direct: false,
    });
    expect(applyChange(attributed, invertChange(change as Change))).toEqual(map);
  });

  test('only quotes have speakers', () => {
    expect(
      setQuoteAttribution(sampleMap(), { id: 'thesis', quote: { speaker: 'x', direct: true } }),
    ).toBeNull();
  });
});
