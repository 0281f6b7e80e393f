import { serializeMap } from '../../../src-shared/model/serialize';
import { sampleMap } from '../../support/arbitraryMap';

test('a map is saved as JSON with a two-space indent and one final newline', () => {
  const text = serializeMap(sampleMap());
  expect(text).toBe(`${JSON.stringify(sampleMap(), null, 2)}\n`);
  expect(text.startsWith('{\n  "format": "argmap",\n  "version": 1,\n')).toBe(true);
  expect(text.endsWith('}\n')).toBe(true);
  expect(text.endsWith('\n\n')).toBe(false);
});

test('text outside ASCII is saved as itself, and a lone surrogate as an escape', () => {
  const map = sampleMap();
  map.title = 'Café 👍🏽 \ud83d';
  expect(serializeMap(map)).toContain('"title": "Café 👍🏽 \\ud83d"');
});
