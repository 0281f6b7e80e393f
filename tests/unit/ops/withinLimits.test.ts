import fc from 'fast-check';
import { loadMapFromText } from '../../../src-shared/load/loadMap';
import { LIMITS } from '../../../src-shared/model/limits';
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

  test('a change within the bounds gives exactly the map applyChange gives', () => {
    const change = setNodeText(map, { id: first?.id ?? '', text: 'Shorter' });
    expect(applyWithinLimits(map, change ?? { label: '', steps: [] })).toEqual(
      applyChange(map, change ?? { label: '', steps: [] }),
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
