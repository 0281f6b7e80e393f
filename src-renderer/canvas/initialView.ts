import type { FitViewOptions, Viewport } from '@xyflow/react';
import { estimateNodeSize } from '../../src-shared/layout/nodeSize';
import type { ArgMap, ArgNode } from '../../src-shared/model/map';

/** Below this zoom, 14 px text is too small to read. */
export const READABLE_ZOOM = 0.6;
const PADDING = 0.12;
const TOP_MARGIN = 32;

export type InitialView = { fit: FitViewOptions } | { viewport: Viewport };

interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

function boundsOf(nodes: readonly ArgNode[]): Box {
  const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const node of nodes) {
    const size = node.size ?? estimateNodeSize(node);
    box.minX = Math.min(box.minX, node.position.x);
    box.minY = Math.min(box.minY, node.position.y);
    box.maxX = Math.max(box.maxX, node.position.x + size.width);
    box.maxY = Math.max(box.maxY, node.position.y + size.height);
  }
  return box;
}

/**
 * Where a map opens: the whole map when it fits at a readable size; otherwise the top of the argument
 * (the thesis, centred near the top, with as many of its direct reasons as fit legibly), so the first
 * thing a person sees can be read.
 */
export function initialView(map: ArgMap, screen: { width: number; height: number }): InitialView {
  const theses = map.nodes.filter((node) => node.kind === 'thesis');
  const all = boundsOf(map.nodes);
  const fitAll =
    Math.min(screen.width / (all.maxX - all.minX), screen.height / (all.maxY - all.minY)) * (1 - PADDING);
  if (map.nodes.length === 0 || theses.length === 0 || fitAll >= READABLE_ZOOM)
    return { fit: { padding: PADDING, maxZoom: 1 } };

  const thesisIds = new Set(theses.map((node) => node.id));
  const reasonIds = new Set(map.edges.filter((edge) => thesisIds.has(edge.to)).map((edge) => edge.from));
  const top = boundsOf(map.nodes.filter((node) => thesisIds.has(node.id) || reasonIds.has(node.id)));
  const zoom = Math.max(READABLE_ZOOM, Math.min(1, (screen.width * (1 - PADDING)) / (top.maxX - top.minX)));
  const thesis = boundsOf(theses);
  return {
    viewport: {
      zoom,
      x: screen.width / 2 - ((thesis.minX + thesis.maxX) / 2) * zoom,
      y: TOP_MARGIN - thesis.minY * zoom,
    },
  };
}
