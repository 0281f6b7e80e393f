import { estimateNodeSize } from '../layout/nodeSize';
import { LIMITS } from '../model/limits';
import type { ArgMap, ArgNode, Position } from '../model/map';
import type { Change } from './change';
import { moveNodes } from './nodeOps';

/** The sizes nodes are drawn at, by id, as the canvas measured them. */
export type DrawnSizes = ReadonlyMap<string, { width: number; height: number }>;

export type Alignment = 'left' | 'centre' | 'right' | 'top' | 'middle' | 'bottom';
export type Axis = 'horizontal' | 'vertical';

interface Box {
  node: ArgNode;
  /** Start and length along the axis being arranged. */
  start: number;
  length: number;
}

const isExtent = (n: number) => Number.isFinite(n) && n > 0;

function sizeOf(node: ArgNode, sizes: DrawnSizes): { width: number; height: number } {
  const drawn = sizes.get(node.id);
  if (drawn && isExtent(drawn.width) && isExtent(drawn.height)) return drawn;
  return node.size ?? estimateNodeSize(node);
}

function boxes(map: ArgMap, ids: Iterable<string>, axis: Axis, sizes: DrawnSizes): Box[] {
  const wanted = new Set(ids);
  const [coordinate, extent] = axis === 'horizontal' ? (['x', 'width'] as const) : (['y', 'height'] as const);
  return map.nodes
    .filter((node) => wanted.has(node.id))
    .map((node) => ({ node, start: node.position[coordinate], length: sizeOf(node, sizes)[extent] }));
}

/** A node's position with its start along `axis` set, kept on the plane a map allows. */
function placed(box: Box, axis: Axis, start: number): { id: string; position: Position } {
  const clamped = Math.min(LIMITS.coordinate, Math.max(-LIMITS.coordinate, start));
  const position =
    axis === 'horizontal' ? { x: clamped, y: box.node.position.y } : { x: box.node.position.x, y: clamped };
  return { id: box.node.id, position };
}

const alignments: Record<Alignment, { axis: Axis; at: 0 | 0.5 | 1; label: string }> = {
  left: { axis: 'horizontal', at: 0, label: 'Align left edges' },
  centre: { axis: 'horizontal', at: 0.5, label: 'Align centres' },
  right: { axis: 'horizontal', at: 1, label: 'Align right edges' },
  top: { axis: 'vertical', at: 0, label: 'Align top edges' },
  middle: { axis: 'vertical', at: 0.5, label: 'Align middles' },
  bottom: { axis: 'vertical', at: 1, label: 'Align bottom edges' },
};

/**
 * Lines nodes up on an edge or centre line of the box around them all. Needs two nodes;
 * returns null otherwise or when they are already aligned.
 */
export function alignNodes(
  map: ArgMap,
  args: { ids: Iterable<string>; to: Alignment; sizes: DrawnSizes },
): Change | null {
  const { axis, at, label } = alignments[args.to];
  const selected = boxes(map, args.ids, axis, args.sizes);
  if (selected.length < 2) return null;
  // A loop rather than Math.min(...spread): a selection can hold more nodes than a call has arguments.
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const box of selected) {
    low = Math.min(low, box.start);
    high = Math.max(high, box.start + box.length);
  }
  const line = low + (high - low) * at;
  const change = moveNodes(map, {
    moves: selected.map((box) => placed(box, axis, line - box.length * at)),
  });
  return change && { ...change, label };
}

/**
 * Spaces nodes evenly along an axis: the outermost two stay, and the others move so that the gaps
 * between neighbours are equal, keeping their order. Needs three nodes; returns null otherwise.
 */
export function distributeNodes(
  map: ArgMap,
  args: { ids: Iterable<string>; axis: Axis; sizes: DrawnSizes },
): Change | null {
  const selected = boxes(map, args.ids, args.axis, args.sizes).sort(
    (a, b) => a.start - b.start || a.start + a.length / 2 - (b.start + b.length / 2),
  );
  const first = selected[0];
  const last = selected.at(-1);
  if (selected.length < 3 || !first || !last) return null;
  const lengths = selected.slice(0, -1).reduce((sum, box) => sum + box.length, 0);
  const gap = (last.start - first.start - lengths) / (selected.length - 1);
  let next = first.start;
  const moves = selected.slice(1, -1).map((box, i) => {
    next += (selected[i] as Box).length + gap;
    return placed(box, args.axis, next);
  });
  const change = moveNodes(map, { moves });
  return (
    change && { ...change, label: `Distribute ${args.axis === 'horizontal' ? 'horizontally' : 'vertically'}` }
  );
}
