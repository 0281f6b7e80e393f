import type { ArgMap } from '../../../src-shared/model/map';
import { applyChange, type Change, invertChange } from '../../../src-shared/ops/change';
import { connect, reverseEdge, setEdgeRelation } from '../../../src-shared/ops/edgeOps';
import { sampleMap } from '../../support/arbitraryMap';

const applied = (map: ArgMap, change: unknown) => applyChange(map, change as Change);

describe('linking nodes', () => {
  test('adds a link from a reason to its claim, and undo removes it', () => {
    const map = sampleMap();
    const change = connect(map, { id: 'e3', from: 'mayor', to: 'noise', relation: 'opposes' });
    const after = applied(map, change);
    expect(after.edges.at(-1)).toEqual({ id: 'e3', from: 'mayor', to: 'noise', relation: 'opposes' });
    expect(applyChange(after, invertChange(change as Change))).toStrictEqual(map);
  });

  test('refuses a node linked to itself, a link made twice, a missing node and a taken id', () => {
    const map = sampleMap();
    const link = { id: 'e3', relation: 'supports' as const };
    expect(connect(map, { ...link, from: 'noise', to: 'noise' })).toEqual({
      refused: 'A node cannot support itself.',
    });
    expect(connect(map, { ...link, from: 'noise', to: 'thesis' })).toEqual({
      refused: 'These nodes are already linked.',
    });
    expect(connect(map, { ...link, from: 'noise', to: 'gone' })).toEqual({
      refused: 'Both ends of a link must be nodes on the map.',
    });
    expect(connect(map, { ...link, id: 'mayor', from: 'mayor', to: 'noise' })).toEqual({
      refused: 'The new link needs an id of its own.',
    });
  });

  test('allows the same two nodes linked in the other direction', () => {
    const map = sampleMap();
    expect(connect(map, { id: 'e3', from: 'thesis', to: 'noise', relation: 'opposes' })).toHaveProperty(
      'steps',
    );
  });
});

describe('changing a link', () => {
  test('its relation flips between supports and opposes', () => {
    const map = sampleMap();
    const change = setEdgeRelation(map, { id: 'e1', relation: 'opposes' });
    expect(change?.label).toBe('Make link oppose');
    expect(applied(map, change).edges[0]?.relation).toBe('opposes');
    expect(setEdgeRelation(map, { id: 'e1', relation: 'supports' })).toBeNull();
    expect(setEdgeRelation(map, { id: 'gone', relation: 'opposes' })).toBeNull();
  });

  test('reversing swaps reason and claim, unless that link already exists', () => {
    const map = sampleMap();
    const reversed = applied(map, reverseEdge(map, { id: 'e1' }));
    expect(reversed.edges[0]).toEqual({ id: 'e1', from: 'thesis', to: 'noise', relation: 'supports' });

    const both = applied(map, connect(map, { id: 'e3', from: 'thesis', to: 'noise', relation: 'opposes' }));
    expect(reverseEdge(both, { id: 'e1' })).toEqual({
      refused: 'These nodes are already linked the other way.',
    });
    expect(reverseEdge(map, { id: 'gone' })).toBeNull();
  });
});
