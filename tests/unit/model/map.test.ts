import fc from 'fast-check';
import { checkReferences } from '../../../src-shared/load/references';
import { ArgMap, ArgNode } from '../../../src-shared/model/map';
import { arbitraryMap, sampleMap } from '../../support/arbitraryMap';

test('the sample map is valid', () => {
  expect(ArgMap.parse(sampleMap())).toEqual(sampleMap());
  expect(checkReferences(sampleMap()).ok).toBe(true);
});

test('every generated map satisfies the schema and its references', () => {
  fc.assert(
    fc.property(arbitraryMap(), (map) => {
      const parsed = ArgMap.safeParse(map);
      expect(parsed.error?.issues ?? []).toEqual([]);
      expect(checkReferences(map)).toEqual({ ok: true, value: map });
    }),
    { numRuns: 200 },
  );
});

test('generated maps hold every feature of the format', () => {
  const maps = fc.sample(arbitraryMap(), { numRuns: 200, seed: 42 });
  const nodes = maps.flatMap((map) => map.nodes);
  expect(maps.some((map) => map.source)).toBe(true);
  expect(maps.some((map) => map.edges.length > 3 && map.tour.length > 1)).toBe(true);
  expect(nodes.some((node) => node.kind === 'quote' && node.quote)).toBe(true);
  expect(nodes.some((node) => node.anchor && node.anchor.end > node.anchor.start)).toBe(true);
  expect(nodes.some((node) => node.size && node.tags && node.notes !== undefined)).toBe(true);
  expect(nodes.some((node) => /\p{Extended_Pictographic}/u.test(node.text))).toBe(true);
});

test('a quote must name its speaker, and only a quote may', () => {
  const node = { id: 'n', kind: 'quote', text: '', position: { x: 0, y: 0 } } as const;
  expect(ArgNode.safeParse(node).success).toBe(false);
  expect(ArgNode.safeParse({ ...node, quote: { speaker: 'A', direct: true } }).success).toBe(true);
  expect(ArgNode.safeParse({ ...node, kind: 'premise', quote: { speaker: 'A', direct: true } }).success).toBe(
    false,
  );
});

test('an anchor cannot end before it starts', () => {
  const node = { id: 'n', kind: 'premise', text: '', position: { x: 0, y: 0 } } as const;
  expect(ArgNode.safeParse({ ...node, anchor: { start: 3, end: 3, exact: '' } }).success).toBe(true);
  expect(ArgNode.safeParse({ ...node, anchor: { start: 3, end: 2, exact: '' } }).success).toBe(false);
});
