import { WARM_UP_MAP } from '../../../src-renderer/layout/warmUpMap';
import { autoLayout } from '../../../src-shared/layout/autoLayout';
import { NODE_KINDS } from '../../../src-shared/model/map';

test('the layout worker’s warm-up map has every kind of node and both relations, and lays out', async () => {
  expect(new Set(WARM_UP_MAP.nodes.map((node) => node.kind))).toEqual(new Set(NODE_KINDS));
  expect(new Set(WARM_UP_MAP.edges.map((edge) => edge.relation))).toEqual(new Set(['supports', 'opposes']));
  const positions = await autoLayout(WARM_UP_MAP);
  // Every node starts at the origin, so every node but one must move apart.
  expect(positions.size).toBeGreaterThanOrEqual(WARM_UP_MAP.nodes.length - 1);
});
