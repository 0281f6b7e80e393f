import { estimateNodeSize } from '../../../src-shared/layout/nodeSize';
import { LIMITS } from '../../../src-shared/model/limits';
import { type ArgMap, FORMAT_VERSION, type Position } from '../../../src-shared/model/map';
import { alignNodes, distributeNodes } from '../../../src-shared/ops/arrange';
import { applyChange, type Change } from '../../../src-shared/ops/change';

/** A map of premises at the given positions, with ids a, b, c, … */
function mapAt(...positions: Position[]): ArgMap {
  return {
    format: 'argmap',
    version: FORMAT_VERSION,
    title: '',
    nodes: positions.map((position, i) => ({
      id: String.fromCharCode(97 + i),
      kind: 'premise',
      text: '',
      position,
    })),
    edges: [],
    tour: [],
  };
}

const positions = (map: ArgMap, change: Change | null) =>
  applyChange(map, change as Change).nodes.map((node) => node.position);

const sizes = new Map([
  ['a', { width: 100, height: 50 }],
  ['b', { width: 200, height: 30 }],
  ['c', { width: 50, height: 10 }],
]);
const ids = ['a', 'b', 'c'];

describe('aligning', () => {
  const map = mapAt({ x: 0, y: 0 }, { x: 300, y: 100 }, { x: 100, y: 400 });

  test('lines nodes up on the left, right or centre of the box around them', () => {
    expect(positions(map, alignNodes(map, { ids, to: 'left', sizes })).map((p) => p.x)).toEqual([0, 0, 0]);
    // The box runs from 0 to 500 (b's right edge).
    expect(positions(map, alignNodes(map, { ids, to: 'right', sizes })).map((p) => p.x)).toEqual([
      400, 300, 450,
    ]);
    expect(positions(map, alignNodes(map, { ids, to: 'centre', sizes })).map((p) => p.x)).toEqual([
      200, 150, 225,
    ]);
  });

  test('lines nodes up on the top, middle or bottom, leaving x alone', () => {
    const bottom = positions(map, alignNodes(map, { ids, to: 'bottom', sizes }));
    expect(bottom).toEqual([
      { x: 0, y: 360 },
      { x: 300, y: 380 },
      { x: 100, y: 400 },
    ]);
    expect(positions(map, alignNodes(map, { ids, to: 'middle', sizes })).map((p) => p.y)).toEqual([
      180, 190, 200,
    ]);
  });

  test('uses the stored size, then an estimate, for a node the canvas has not measured', () => {
    const sized = {
      ...map,
      nodes: map.nodes.map((node, i) => (i === 0 ? { ...node, size: { width: 10, height: 10 } } : node)),
    };
    const xs = positions(sized, alignNodes(sized, { ids: ['a', 'b'], to: 'right', sizes: new Map() })).map(
      (p) => p.x,
    );
    const width = estimateNodeSize(map.nodes[1] as never).width;
    expect(xs).toEqual([300 + width - 10, 300, 100]);
  });

  test('is labelled for history and makes no change with fewer than two nodes or nothing to move', () => {
    expect(alignNodes(map, { ids, to: 'top', sizes })?.label).toBe('Align top edges');
    expect(alignNodes(map, { ids: ['a', 'gone'], to: 'left', sizes })).toBeNull();
    const lined = mapAt({ x: 5, y: 0 }, { x: 5, y: 90 });
    expect(alignNodes(lined, { ids: ['a', 'b'], to: 'left', sizes })).toBeNull();
  });

  test('keeps nodes on the plane a map allows', () => {
    const far = mapAt({ x: LIMITS.coordinate, y: 0 }, { x: 0, y: 0 });
    const huge = new Map([['a', { width: LIMITS.coordinate, height: 10 }]]);
    const xs = positions(far, alignNodes(far, { ids: ['a', 'b'], to: 'right', sizes: huge })).map((p) => p.x);
    expect(xs[1]).toBe(LIMITS.coordinate);
  });
});

describe('distributing', () => {
  test('spaces the gaps evenly between the outermost nodes, in their order along the axis', () => {
    // Listed out of order: c sits between a and b.
    const map = mapAt({ x: 0, y: 0 }, { x: 500, y: 7 }, { x: 120, y: 9 });
    const change = distributeNodes(map, { ids: ['b', 'a', 'c'], axis: 'horizontal', sizes });
    expect(change?.label).toBe('Distribute horizontally');
    // 500 - 0 less the widths of a and c (150) leaves 350: two gaps of 175.
    expect(positions(map, change)).toEqual([
      { x: 0, y: 0 },
      { x: 500, y: 7 },
      { x: 275, y: 9 },
    ]);
  });

  test('works vertically too', () => {
    const map = mapAt({ x: 0, y: 0 }, { x: 0, y: 10 }, { x: 0, y: 100 });
    const ys = positions(map, distributeNodes(map, { ids, axis: 'vertical', sizes })).map((p) => p.y);
    // 100 - 0 less the heights of a and b (80) leaves 20: two gaps of 10.
    expect(ys).toEqual([0, 60, 100]);
  });

  test('needs three nodes', () => {
    const map = mapAt({ x: 0, y: 0 }, { x: 300, y: 0 });
    expect(distributeNodes(map, { ids: ['a', 'b'], axis: 'horizontal', sizes })).toBeNull();
  });
});
