import fc from 'fast-check';
import type { ArgMap } from '../../../src-shared/model/map';
import { FORMAT_VERSION } from '../../../src-shared/model/map';
import { structureOf } from '../../../src-shared/model/structure';
import { arbitraryMap } from '../../support/arbitraryMap';

const map: ArgMap = {
  format: 'argmap',
  version: FORMAT_VERSION,
  title: 'Tree',
  nodes: [
    { id: 't', kind: 'thesis', text: 'T', position: { x: 300, y: 0 } },
    { id: 'b', kind: 'premise', text: 'B', position: { x: 600, y: 200 } },
    { id: 'a', kind: 'premise', text: 'A', position: { x: 0, y: 200 } },
    {
      id: 'a1',
      kind: 'quote',
      text: 'A1',
      position: { x: 0, y: 400 },
      quote: { speaker: 's', direct: true },
    },
    { id: 'loose', kind: 'note', text: 'N', position: { x: 900, y: 0 } },
  ],
  edges: [
    { id: 'e1', from: 'b', to: 't', relation: 'supports' },
    { id: 'e2', from: 'a', to: 't', relation: 'opposes' },
    { id: 'e3', from: 'a1', to: 'a', relation: 'supports' },
  ],
  tour: [],
};

describe('the argument’s structure', () => {
  test('reasons are ordered as drawn, left to right, whatever order the file lists them in', () => {
    expect(structureOf(map).reasonsOf('t')).toEqual(['a', 'b']);
    expect(structureOf(map).siblingsOf('b')).toEqual(['a', 'b']);
    expect(structureOf(map).claimsOf('a1')).toEqual(['a']);
  });

  test('reading order walks each thesis depth first, then what hangs loose', () => {
    expect(structureOf(map).readingOrder()).toEqual(['t', 'a', 'a1', 'b', 'loose']);
  });

  test('reading order lists every node exactly once, even with cycles and several theses', () => {
    fc.assert(
      fc.property(arbitraryMap({ maxNodes: 15 }), (random) => {
        const order = structureOf(random).readingOrder();
        expect([...order].sort()).toEqual(random.nodes.map((node) => node.id).sort());
      }),
    );
  });
});
