import { readdirSync, readFileSync } from 'node:fs';
import { loadMapFromBytes } from '../../../src-shared/load/loadMap';

const directory = new URL('../../fixtures/broken/', import.meta.url);
const expected: Record<string, { code: string; pointer: string }> = JSON.parse(
  readFileSync(new URL('expected.json', directory), 'utf8'),
);
const fixtures = readdirSync(directory).filter((name) => name.endsWith('.argmap.json'));

test('every broken fixture has an expected outcome, and every expected outcome a fixture', () => {
  expect(fixtures.sort()).toEqual(Object.keys(expected).sort());
});

test.each(fixtures)('%s is refused with its expected code and pointer', (name) => {
  const result = loadMapFromBytes(new Uint8Array(readFileSync(new URL(name, directory))));
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.errors).toContainEqual(expect.objectContaining(expected[name]));
});
