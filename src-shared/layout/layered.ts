import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { Position, Size } from '../model/map';
import { reasonsByClaim } from './graph';

/** Space between neighbours in a layer (siblings) and between one layer and the next. */
export const SIBLING_GAP = 40;
export const LAYER_GAP = 60;

/** A link drawn from a claim down to one of its reasons: the reverse of the map's edge. */
export type Link = readonly [claim: string, reason: string];

const OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.spacing.nodeNode': String(SIBLING_GAP),
  'elk.layered.spacing.nodeNodeBetweenLayers': String(LAYER_GAP),
  // Each reason one layer below the lowest claim it bears on.
  'elk.layered.layering.strategy': 'LONGEST_PATH_SOURCE',
  // Keep the order we give (see `readingOrder`). ELK's own `considerModelOrder` would too, but its sort
  // grows with the square of a layer's width: 2.6 s at 1,000 nodes and 19 s at 2,000, against 0.3 s and
  // 0.8 s this way (scripts/benchLayout.ts).
  'elk.layered.crossingMinimization.strategy': 'INTERACTIVE',
  'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
  // Edges are drawn by the canvas; the cheapest routing will do.
  'elk.edgeRouting': 'POLYLINE',
  'elk.separateConnectedComponents': 'true',
};

let elk: InstanceType<typeof ELK> | undefined;

/**
 * Nodes in depth-first order from the top claims down, each claim's reasons in map order: laid out left
 * to right in this order, siblings keep the map's order and a tree's edges never cross. A reason of two
 * claims goes with the first one reached.
 */
function readingOrder(ids: readonly string[], links: readonly Link[]): string[] {
  const { reasons, isReason } = reasonsByClaim(links);
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (start: string) => {
    const stack = [start];
    for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
      if (seen.has(id)) continue;
      seen.add(id);
      order.push(id);
      const next = reasons.get(id) ?? [];
      for (let i = next.length - 1; i >= 0; i--)
        if (!seen.has(next[i] as string)) stack.push(next[i] as string);
    }
  };
  // Tops first; then whatever only cycles lead to.
  for (const id of ids) if (!isReason.has(id)) visit(id);
  for (const id of ids) visit(id);
  return order;
}

/**
 * Lays out linked nodes in layers, claims above their reasons. ELK's own vertical placement leaves room
 * for edge routes we never draw and aligns nodes unevenly, so only its layers and its horizontal placement
 * are kept: `restack` turns them into top-aligned rows `LAYER_GAP` apart.
 */
export async function layOutLayers(
  ids: readonly string[],
  sizes: ReadonlyMap<string, Size>,
  links: readonly Link[],
): Promise<Map<string, Position>> {
  const order = readingOrder(ids, links);
  // ELK sees index-based ids, so no map id can clash with its own names.
  const elkId = new Map(order.map((id, i) => [id, `n${i}`]));
  let x = 0;
  const children = order.map((id) => {
    const size = sizes.get(id) as Size;
    const child = { id: elkId.get(id) as string, x, y: 0, ...size };
    x += size.width + SIBLING_GAP;
    return child;
  });
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: OPTIONS,
    children,
    edges: links.map(([claim, reason], i) => ({
      id: `e${i}`,
      sources: [elkId.get(claim) as string],
      targets: [elkId.get(reason) as string],
    })),
  };
  elk ??= new ELK();
  const result = await elk.layout(graph);
  const positions = new Map<string, Position>();
  for (const child of result.children ?? []) {
    positions.set(order[Number(child.id.slice(1))] as string, { x: child.x ?? 0, y: child.y ?? 0 });
  }
  return positions;
}

/**
 * Puts one connected group's layers in top-aligned rows `LAYER_GAP` apart, keeping ELK's x, with the
 * group's top-left corner at (0, 0). Nodes of one layer overlap vertically and layers never do, so
 * sweeping down the nodes finds the layers.
 */
export function restack(
  ids: readonly string[],
  raw: ReadonlyMap<string, Position>,
  sizes: ReadonlyMap<string, Size>,
): Map<string, Position> {
  const byTop = [...ids].sort((a, b) => (raw.get(a) as Position).y - (raw.get(b) as Position).y);
  const minX = ids.reduce((min, id) => Math.min(min, (raw.get(id) as Position).x), Number.POSITIVE_INFINITY);
  const positions = new Map<string, Position>();
  let layerBottom = Number.NEGATIVE_INFINITY;
  let top = 0;
  let height = 0;
  for (const id of byTop) {
    const { x, y } = raw.get(id) as Position;
    const size = sizes.get(id) as Size;
    if (y >= layerBottom && positions.size > 0) {
      top += height + LAYER_GAP;
      height = 0;
    }
    layerBottom = Math.max(layerBottom, y + size.height);
    height = Math.max(height, size.height);
    positions.set(id, { x: x - minX, y: top });
  }
  return positions;
}
