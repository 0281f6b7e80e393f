import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { Position, Size } from '../model/map';

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
  // Siblings keep the order of the map's node list unless that would add crossings.
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
  'elk.separateConnectedComponents': 'true',
};

let elk: InstanceType<typeof ELK> | undefined;

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
  // ELK sees index-based ids, so no map id can clash with its own names.
  const elkId = new Map(ids.map((id, i) => [id, `n${i}`]));
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: OPTIONS,
    children: ids.map((id) => ({ id: elkId.get(id) as string, ...(sizes.get(id) as Size) })),
    edges: links.map(([claim, reason], i) => ({
      id: `e${i}`,
      sources: [elkId.get(claim) as string],
      targets: [elkId.get(reason) as string],
    })),
  };
  elk ??= new ELK();
  const result = await elk.layout(graph);
  const positions = new Map<string, Position>();
  result.children?.forEach((child, i) => {
    positions.set(ids[i] as string, { x: child.x ?? 0, y: child.y ?? 0 });
  });
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
