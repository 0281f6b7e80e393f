import type { ArgEdge, ArgNode } from '../../src-shared/model/map';

/** A chain of premises from a thesis, each backing the one before, 320 px apart: far wider than the canvas. */
export function premiseRow(count: number): { nodes: ArgNode[]; edges: ArgEdge[] } {
  const nodes: ArgNode[] = [{ id: 'n0', kind: 'thesis', text: 'The claim', position: { x: 0, y: 0 } }];
  const edges: ArgEdge[] = [];
  for (let i = 1; i < count; i++) {
    nodes.push({ id: `n${i}`, kind: 'premise', text: `Reason ${i}`, position: { x: i * 320, y: 0 } });
    edges.push({ id: `e${i}`, from: `n${i}`, to: `n${i - 1}`, relation: 'supports' });
  }
  return { nodes, edges };
}
