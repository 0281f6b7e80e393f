import type { FitViewOptions, Viewport } from '@xyflow/react';
import { nodesBounds } from '../../src-shared/layout/nodeSize';
import type { ArgMap } from '../../src-shared/model/map';

/** Below this zoom, 14 px text is too small to read. */
export const READABLE_ZOOM = 0.6;
const PADDING = 0.12;
const TOP_MARGIN = 32;

export type InitialView = { fit: FitViewOptions } | { viewport: Viewport };

/**
 * Where a map opens: the whole map when it fits at a readable size; otherwise the top of the argument
 * (the thesis, centred near the top, with as many of its direct reasons as fit legibly), so the first
 * thing a person sees can be read.
 */
export function initialView(map: ArgMap, screen: { width: number; height: number }): InitialView {
  const theses = map.nodes.filter((node) => node.kind === 'thesis');
  const all = nodesBounds(map.nodes);
  const fitAll =
    Math.min(screen.width / (all.maxX - all.minX), screen.height / (all.maxY - all.minY)) * (1 - PADDING);
  if (map.nodes.length === 0 || theses.length === 0 || fitAll >= READABLE_ZOOM)
    return { fit: { padding: PADDING, maxZoom: 1 } };

  const thesisIds = new Set(theses.map((node) => node.id));
  const reasonIds = new Set(map.edges.filter((edge) => thesisIds.has(edge.to)).map((edge) => edge.from));
  const top = nodesBounds(map.nodes.filter((node) => thesisIds.has(node.id) || reasonIds.has(node.id)));
  const zoom = Math.max(READABLE_ZOOM, Math.min(1, (screen.width * (1 - PADDING)) / (top.maxX - top.minX)));
  const thesis = nodesBounds(theses);
  return {
    viewport: {
      zoom,
      x: screen.width / 2 - ((thesis.minX + thesis.maxX) / 2) * zoom,
      y: TOP_MARGIN - thesis.minY * zoom,
    },
  };
}
