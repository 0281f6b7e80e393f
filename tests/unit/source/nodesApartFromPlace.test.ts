import { sameApartFromPlace } from '../../../src-renderer/source/useNodesApartFromPlace';
import type { ArgNode } from '../../../src-shared/model/map';

const nodes: ArgNode[] = [
  { id: 't', kind: 'thesis', text: 'Cars should pay.', position: { x: 0, y: 0 } },
  {
    id: 'q',
    kind: 'quote',
    text: 'Streets are for people.',
    position: { x: 40, y: 200 },
    quote: { speaker: 'Ada', direct: true },
    anchor: { start: 0, end: 7, exact: 'Streets' },
  },
];

describe('the nodes as the source pane reads them', () => {
  test('read the same when nodes only moved or were measured', () => {
    const moved = nodes.map((node) => ({
      ...node,
      position: { x: 9, y: 9 },
      size: { width: 280, height: 90 },
    }));
    expect(sameApartFromPlace(nodes, moved)).toBe(true);
  });

  test.each<[string, (node: ArgNode) => ArgNode]>([
    ['a new text', (node) => ({ ...node, text: `${node.text}!` })],
    ['another kind', (node) => ({ ...node, kind: 'note' })],
    ['another speaker', (node) => ({ ...node, quote: { speaker: 'Bo', direct: true } })],
    ['another passage', (node) => ({ ...node, anchor: { start: 1, end: 7, exact: 'treets' } })],
    ['no passage', ({ anchor: _anchor, ...node }) => node],
  ])('read differently after %s', (_change, change) => {
    const changed = nodes.map((node) => (node.id === 'q' ? change(node) : node));
    expect(sameApartFromPlace(nodes, changed)).toBe(false);
  });

  test('read differently when a node is added, removed or the order changes', () => {
    expect(sameApartFromPlace(nodes, nodes.slice(1))).toBe(false);
    expect(sameApartFromPlace(nodes, [...nodes].reverse())).toBe(false);
  });
});
