import type { Viewport } from '@xyflow/react';
import { nodesBounds } from '../../src-shared/layout/nodeSize';
import type { ArgMap, ArgNode } from '../../src-shared/model/map';
import { frameBox, type Size } from './camera';

/** A card's body text is 14 px: at this zoom it is 11.2 px on screen, the least that reads comfortably. */
export const READABLE_ZOOM = 0.8;
const TOP_MARGIN = 32;

const centre = (node: ArgNode) => {
  const box = nodesBounds([node]);
  return { x: (box.minX + box.maxX) / 2, y: (box.minY + box.maxY) / 2 };
};

/**
 * Where a map opens: the whole map when it reads at that size; otherwise its thesis with as many of its
 * direct reasons as can be read with it, nearest first, so the first screen shows what the map argues.
 */
export function initialView(map: ArgMap, screen: Size): Viewport {
  if (map.nodes.length === 0) return { x: screen.width / 2, y: screen.height / 2, zoom: 1 };
  const whole = frameBox(nodesBounds(map.nodes), screen);
  const thesis = map.nodes.find((node) => node.kind === 'thesis');
  if (!thesis || whole.zoom >= READABLE_ZOOM) return whole;

  const reasonIds = new Set(map.edges.filter((edge) => edge.to === thesis.id).map((edge) => edge.from));
  const from = centre(thesis);
  const distance = (node: ArgNode) => Math.hypot(centre(node).x - from.x, centre(node).y - from.y);
  const reasons = map.nodes
    .filter((node) => reasonIds.has(node.id))
    .map((node) => ({ node, distance: distance(node) }))
    .sort((a, b) => a.distance - b.distance);
  let framed = nodesBounds([thesis]);
  for (const { node } of reasons) {
    const own = nodesBounds([node]);
    const wider = {
      minX: Math.min(framed.minX, own.minX),
      minY: Math.min(framed.minY, own.minY),
      maxX: Math.max(framed.maxX, own.maxX),
      maxY: Math.max(framed.maxY, own.maxY),
    };
    if (frameBox(wider, screen).zoom >= READABLE_ZOOM) framed = wider;
  }
  const view = frameBox(framed, screen);
  if (view.zoom >= READABLE_ZOOM) return view;
  // A thesis too long to read whole on this screen: its top, centred.
  return {
    zoom: READABLE_ZOOM,
    x: screen.width / 2 - from.x * READABLE_ZOOM,
    y: TOP_MARGIN - thesis.position.y * READABLE_ZOOM,
  };
}
