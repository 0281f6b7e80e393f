import { farLinkPaths } from '../../../src-renderer/canvas/farLinks';
import type { ArgFlowNode } from '../../../src-renderer/canvas/toFlow';
import { estimateNodeSize } from '../../../src-shared/layout/nodeSize';
import type { ArgEdge, ArgNode } from '../../../src-shared/model/map';

const record = (id: string, kind: ArgNode['kind'], x: number, y: number): ArgNode => ({
  id,
  kind,
  text: `Node ${id}`,
  position: { x, y },
});
const flow = (node: ArgNode, measured?: { width: number; height: number }): ArgFlowNode => ({
  id: node.id,
  type: node.kind,
  position: node.position,
  data: { node },
  ...(measured ? { measured } : {}),
});

const thesis = record('t', 'thesis', 100, 0);
const premise = record('p', 'premise', 0, 300);
const counter = record('c', 'counterpoint', 400, 300);
const NODES = [
  flow(thesis, { width: 280, height: 80 }),
  flow(premise, { width: 200, height: 60 }),
  flow(counter),
];
const EDGES: ArgEdge[] = [
  { id: 'e1', from: 'p', to: 't', relation: 'supports' },
  { id: 'e2', from: 'c', to: 't', relation: 'opposes' },
];

describe('links seen from afar', () => {
  test('each link is a segment from the reason’s top centre to the claim’s bottom centre, in its relation’s path', () => {
    const paths = farLinkPaths(NODES, EDGES, new Set());
    expect(paths.supports).toBe('M100 300L240 80');
    const counterWidth = estimateNodeSize(counter).width;
    expect(paths.opposes).toBe(`M${400 + counterWidth / 2} 300L240 80`);
    expect(paths.selected).toBe('');
  });

  test('a selected link moves to the selected path; a link to a node not on the canvas is left out', () => {
    const paths = farLinkPaths(
      NODES,
      [...EDGES, { id: 'e3', from: 'x', to: 't', relation: 'supports' }],
      new Set(['e1']),
    );
    expect(paths.selected).toBe('M100 300L240 80');
    expect(paths.supports).toBe('');
    expect(paths.opposes).toMatch(/^M[\d.]+ 300L240 80$/);
  });
});
