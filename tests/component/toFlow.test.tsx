import type { NodeMark } from '../../src-renderer/canvas/nodeMarks';
import { createEdgeDeriver, createNodeDeriver } from '../../src-renderer/canvas/toFlow';
import type { ArgEdge, ArgNode } from '../../src-shared/model/map';

const nodes: ArgNode[] = [
  { id: 'a', kind: 'thesis', text: 'A', position: { x: 0, y: 0 } },
  { id: 'b', kind: 'premise', text: 'B', position: { x: 0, y: 200 } },
  { id: 'c', kind: 'premise', text: 'C', position: { x: 300, y: 200 } },
];
const edges: ArgEdge[] = [
  { id: 'e1', from: 'b', to: 'a', relation: 'supports' },
  { id: 'e2', from: 'c', to: 'a', relation: 'opposes' },
];
const view = (selected: string[], marks: ReadonlyMap<string, NodeMark> | null = null) => ({
  selected: new Set(selected),
  dragging: new Map(),
  measured: new Map(),
  highlighted: null,
  marks,
});

describe('what the canvas is given', () => {
  test('while comparing, each node carries its standing as a class, and only marked nodes change', () => {
    const derive = createNodeDeriver();
    const before = derive(nodes, view([]));
    const after = derive(nodes, view([], new Map([['b', { className: 'compare-missing' }]])));
    expect(after.map((node) => node.className)).toEqual([undefined, 'compare-missing', undefined]);
    expect(after.map((node, i) => node === before[i])).toEqual([true, false, true]);
  });

  test('selecting one node gives React Flow a new object for that node only', () => {
    const derive = createNodeDeriver();
    const before = derive(nodes, view([]));
    const after = derive(nodes, view(['b']));
    expect(after.map((node, i) => node === before[i])).toEqual([true, false, true]);
    expect(after[1]?.selected).toBe(true);
  });

  test('a node that only moved keeps its data, so its card is not drawn again; a new text is drawn', () => {
    const derive = createNodeDeriver();
    const before = derive(nodes, view([]));
    const moved = nodes.map((node) => ({
      ...node,
      position: { x: node.position.x + 50, y: node.position.y },
    }));
    const after = derive(moved, view([]));
    expect(after.map((node, i) => node.data === before[i]?.data)).toEqual([true, true, true]);
    expect(after[0]?.position).toEqual({ x: 50, y: 0 });
    const retexted = derive(
      moved.map((node) => (node.id === 'b' ? { ...node, text: 'B, reworded' } : node)),
      view([]),
    );
    expect(retexted.map((node, i) => node.data === after[i]?.data)).toEqual([true, false, true]);
    expect(retexted[1]?.data.node.text).toBe('B, reworded');
  });

  test('selecting a link, or a node, re-creates only the links that changed', () => {
    const derive = createEdgeDeriver();
    const before = derive(edges, new Set());
    expect(derive(edges, new Set(['b'])).every((edge, i) => edge === before[i])).toBe(true);
    const selected = derive(edges, new Set(['e2']));
    expect(selected.map((edge, i) => edge === before[i])).toEqual([true, false]);
    const changed = [edges[0] as ArgEdge, { ...(edges[1] as ArgEdge), relation: 'supports' as const }];
    const after = derive(changed, new Set(['e2']));
    expect(after[0]).toBe(selected[0]);
    expect(after[1]).not.toBe(selected[1]);
    expect(after[1]?.relation).toBe('supports');
  });
});
