import type { ArgMap } from '../../../src-shared/model/map';
import { applyChange, type Change, invertChange } from '../../../src-shared/ops/change';
import { deleteElements } from '../../../src-shared/ops/deleteOps';
import { sampleMap } from '../../support/arbitraryMap';

function deleted(map: ArgMap, ids: { nodeIds?: string[]; edgeIds?: string[] }) {
  const change = deleteElements(map, ids) as Change;
  return { change, after: applyChange(map, change) };
}

describe('deleting', () => {
  test('a node takes its links and its places in the tour with it', () => {
    const map = sampleMap();
    const { change, after } = deleted(map, { nodeIds: ['noise'] });
    expect(change.label).toBe('Delete node');
    expect(after.nodes.map((node) => node.id)).toEqual(['thesis', 'mayor']);
    expect(after.edges.map((edge) => edge.id)).toEqual(['e2']);
    expect(after.tour[1]).toEqual({ id: 'step2', focus: ['mayor'], reveal: ['thesis', 'mayor'] });
    expect(after.tour[0]).toBe(map.tour[0]);
  });

  test('a link leaves its nodes alone', () => {
    const map = sampleMap();
    const { change, after } = deleted(map, { edgeIds: ['e1'] });
    expect(change.label).toBe('Delete link');
    expect(after.nodes).toBe(map.nodes);
    expect(after.edges.map((edge) => edge.id)).toEqual(['e2']);
  });

  test('undo puts every node and link back in its place', () => {
    const map = sampleMap();
    const { change, after } = deleted(map, { nodeIds: ['thesis', 'mayor'], edgeIds: ['e1'] });
    expect(change.label).toBe('Delete 2 nodes and link');
    expect(after.nodes.map((node) => node.id)).toEqual(['noise']);
    expect(after.edges).toEqual([]);
    expect(after.tour.map((step) => step.focus)).toEqual([[], ['noise']]);
    expect(applyChange(after, invertChange(change))).toStrictEqual(map);
  });

  test('ids that are not on the map make no change', () => {
    expect(deleteElements(sampleMap(), { nodeIds: ['gone'], edgeIds: ['gone-too'] })).toBeNull();
    expect(deleteElements(sampleMap(), {})).toBeNull();
  });
});
