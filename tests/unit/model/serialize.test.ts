import { FORMAT_VERSION } from '../../../src-shared/model/map';
import { serializeMap } from '../../../src-shared/model/serialize';
import { sampleMap } from '../../support/arbitraryMap';

test('a map is saved as JSON with a two-space indent and one final newline', () => {
  const text = serializeMap(sampleMap());
  expect(text).toBe(`${JSON.stringify(sampleMap(), null, 2)}\n`);
  expect(text.startsWith(`{\n  "format": "argmap",\n  "version": ${FORMAT_VERSION},\n`)).toBe(true);
  expect(text.endsWith('}\n')).toBe(true);
  expect(text.endsWith('\n\n')).toBe(false);
});

test('text outside ASCII is saved as itself, and a lone surrogate as an escape', () => {
  const map = sampleMap();
  map.title = 'Café 👍🏽 \ud83d';
  expect(serializeMap(map)).toContain('"title": "Café 👍🏽 \\ud83d"');
});

describe('field order in the file', () => {
  test('follows the schema, not the order fields were set in, so undo leaves no trace in a diff', () => {
    const map = sampleMap();
    const first = map.nodes[1];
    if (!first) throw new Error('sample map changed');
    const shuffled = {
      ...map,
      nodes: [Object.fromEntries(Object.entries(first).reverse()) as typeof first, ...map.nodes.slice(1)],
    };
    const text = serializeMap(shuffled);
    expect(text.indexOf('"id": "noise"')).toBeLessThan(text.indexOf('"kind": "premise"'));
    expect(text).toBe(serializeMap({ ...map, nodes: [first, ...map.nodes.slice(1)] }));
  });
});
