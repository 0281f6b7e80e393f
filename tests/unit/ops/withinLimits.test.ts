import fc from 'fast-check';
import { loadMapFromText } from '../../../src-shared/load/loadMap';
import { LIMITS } from '../../../src-shared/model/limits';
import { ArgNode } from '../../../src-shared/model/map';
import { serializeMap } from '../../../src-shared/model/serialize';
import { applyChange } from '../../../src-shared/ops/change';
import { addNode, setNodeText, setQuoteAttribution } from '../../../src-shared/ops/nodeOps';
import { isRefusal } from '../../../src-shared/ops/refusal';
import { applyWithinLimits } from '../../../src-shared/ops/withinLimits';
import { arbitraryMap, sampleMap } from '../../support/arbitraryMap';
import { editorCommand, runCommand, TestEditor } from '../../support/editorDriver';

const map = sampleMap();
const first = map.nodes[0];
const quote = map.nodes.find((node) => node.kind === 'quote');

describe('a change that would break a bound of the map format is refused, naming the field', () => {
  test('25,000 characters of node text (the loader refuses more than 20,000)', () => {
    const change = setNodeText(map, { id: first?.id ?? '', text: 'x'.repeat(25_000) });
    expect(change).not.toBeNull();
    expect(applyWithinLimits(map, change ?? { label: '', steps: [] })).toEqual({
      refused: 'A node’s text: 20,000 characters at most.',
    });
  });

  test('exactly at the limit is kept', () => {
    const change = setNodeText(map, { id: first?.id ?? '', text: 'x'.repeat(LIMITS.nodeText) });
    const next = applyWithinLimits(map, change ?? { label: '', steps: [] });
    expect(isRefusal(next)).toBe(false);
    expect(loadMapFromText(serializeMap(next as typeof map)).ok).toBe(true);
  });

  test('a speaker longer than 500 characters', () => {
    if (!quote) throw new Error('the sample map has a quote');
    const change = setQuoteAttribution(map, {
      id: quote.id,
      quote: { speaker: 's'.repeat(501), direct: true },
    });
    expect(applyWithinLimits(map, change ?? { label: '', steps: [] })).toEqual({
      refused: 'A speaker: 500 characters at most.',
    });
  });

  test('a new node whose text is too long', () => {
    const node = { id: 'long', kind: 'premise' as const, text: 'y'.repeat(20_001), position: { x: 0, y: 0 } };
    expect(applyWithinLimits(map, addNode(map, { node }))).toEqual({
      refused: 'A node’s text: 20,000 characters at most.',
    });
  });

  test('any other way of breaking the format says the change would leave the map unable to open', () => {
    const node = { id: 'not an id!', kind: 'premise' as const, text: '', position: { x: 0, y: 0 } };
    const refused = applyWithinLimits(map, addNode(map, { node }));
    expect(isRefusal(refused) && refused.refused).toMatch(
      /^That change would leave the map unable to open again \(nodes\.id: .+\)\.$/,
    );
  });

  test('the same change to the same map, checked ahead of its commit, is answered as it was', () => {
    const change = setNodeText(map, { id: first?.id ?? '', text: 'Checked once' }) ?? {
      label: '',
      steps: [],
    };
    const checked = applyWithinLimits(map, change);
    expect(applyWithinLimits(map, change)).toBe(checked);
    // Another change, or the same change to another map, is checked afresh.
    const other = setNodeText(map, { id: first?.id ?? '', text: 'Checked once' }) ?? change;
    expect(applyWithinLimits(map, other)).not.toBe(checked);
    expect(applyWithinLimits(map, other)).toEqual(checked);
  });

  test('a change within the bounds gives exactly the map applyChange gives', () => {
    const change = setNodeText(map, { id: first?.id ?? '', text: 'Shorter' });
    expect(applyWithinLimits(map, change ?? { label: '', steps: [] })).toEqual(
      applyChange(map, change ?? { label: '', steps: [] }),
    );
  });
});

/** A raw update of one node's fields, as an operation would make it. */
function updateNode(id: string, after: Record<string, unknown>) {
  return {
    label: 'Update',
    steps: [{ type: 'update' as const, list: 'nodes' as const, id, before: {}, after }],
  };
}

describe('an update is checked on the fields it changes, and on the whole node where fields depend on each other', () => {
  const premise = map.nodes.find((node) => node.kind !== 'quote' && node.kind !== 'thesis') ?? first;
  if (!premise || !quote) throw new Error('the sample map has a premise and a quote');

  test('a position that is not a number is refused, naming the field', () => {
    const refused = applyWithinLimits(map, updateNode(premise.id, { position: { x: Number.NaN, y: 0 } }));
    expect(isRefusal(refused) && refused.refused).toMatch(/\(nodes\.position\.x: .+\)/);
  });

  test('a quote attribution given to a premise is refused: it is checked against the node’s kind', () => {
    const refused = applyWithinLimits(
      map,
      updateNode(premise.id, { quote: { speaker: 'Ada', direct: true } }),
    );
    expect(isRefusal(refused)).toBe(true);
  });

  test('a quote turned into a premise while keeping its speaker is refused', () => {
    expect(isRefusal(applyWithinLimits(map, updateNode(quote.id, { kind: 'premise' })))).toBe(true);
  });

  test('a field the format does not have is refused', () => {
    expect(isRefusal(applyWithinLimits(map, updateNode(premise.id, { colour: 'red' })))).toBe(true);
  });

  test('for any update of any node, the change is kept exactly when the updated node passes the whole schema', () => {
    const value = fc.oneof(
      fc.constant(undefined),
      fc.boolean(),
      fc.string({ maxLength: 3 }),
      fc.record({ x: fc.double(), y: fc.double() }),
      fc.record({ width: fc.double({ min: -10, max: 400 }), height: fc.double({ min: -10, max: 400 }) }),
      fc.record({ speaker: fc.string({ maxLength: 3 }), direct: fc.boolean() }),
      fc.constantFrom('premise', 'quote', 'thesis', 'objection'),
    );
    const field = fc.constantFrom(
      'text',
      'position',
      'size',
      'quote',
      'kind',
      'pinned',
      'collapsed',
      'notes',
      'extra',
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...map.nodes.map((node) => node.id)),
        fc.dictionary(field, value, { minKeys: 1, maxKeys: 3 }),
        (id, after) => {
          const change = updateNode(id, after);
          const updated = applyChange(map, change).nodes.find((node) => node.id === id);
          expect(isRefusal(applyWithinLimits(map, change))).toBe(!ArgNode.safeParse(updated).success);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('any sequence of editor operations on any valid map', () => {
  test('leaves a map that saves and loads back equal, after every operation', () => {
    fc.assert(
      fc.property(
        arbitraryMap({ maxNodes: 8, maxEdges: 12 }),
        fc.array(editorCommand, { maxLength: 25 }),
        (generated, commands) => {
          const editor = new TestEditor(structuredClone(generated));
          for (const command of commands) {
            runCommand(editor, command);
            const loaded = loadMapFromText(serializeMap(editor.map));
            expect(loaded.ok ? [] : loaded.errors).toEqual([]);
            expect(loaded.ok && loaded.value).toEqual(editor.map);
          }
          for (const refusal of editor.refusals) expect(refusal).toMatch(/^[A-Z].*\.$/);
        },
      ),
      { numRuns: 200 },
    );
    // Texts of tens of thousands of characters go through the loader after every step.
  }, 60_000);
});
