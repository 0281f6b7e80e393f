import type { ReactFlowState, Viewport } from '@xyflow/react';
import { type ArgFlowNode, drawnSize } from './toFlow';

/** The space left around whatever is framed, as a share of the canvas. */
export const FRAME_PADDING = 0.12;
/** Framing never enlarges past 100%: a small map shows at its natural size. */
const FRAME_MAX_ZOOM = 1;
/** How far out the canvas zooms when the whole map fits at a closer zoom than this. */
const MIN_ZOOM = 0.1;
export const MAX_ZOOM = 2.5;
/** Zooms this close count as the same: a zoom animation ends within it of its goal. */
const ZOOM_TOLERANCE = 0.002;

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}
export interface Size {
  width: number;
  height: number;
}

/** The viewport that shows a box whole, centred, with a margin. */
export function frameBox(box: Box, size: Size): Viewport {
  const width = Math.max(1, box.maxX - box.minX);
  const height = Math.max(1, box.maxY - box.minY);
  const zoom = Math.min(
    FRAME_MAX_ZOOM,
    Math.min(size.width / width, size.height / height) * (1 - FRAME_PADDING),
  );
  return {
    zoom,
    x: size.width / 2 - (box.minX + width / 2) * zoom,
    y: size.height / 2 - (box.minY + height / 2) * zoom,
  };
}

const boxes = new WeakMap<readonly ArgFlowNode[], Box | null>();

/** The box around the canvas's nodes at their drawn sizes (measured, else estimated); null for none. */
export function canvasBounds(nodes: readonly ArgFlowNode[]): Box | null {
  const known = boxes.get(nodes);
  if (known !== undefined) return known;
  let box: Box | null = null;
  for (const node of nodes) {
    const { width, height } = drawnSize(node);
    const { x, y } = node.position;
    box = box
      ? {
          minX: Math.min(box.minX, x),
          minY: Math.min(box.minY, y),
          maxX: Math.max(box.maxX, x + width),
          maxY: Math.max(box.maxY, y + height),
        }
      : { minX: x, minY: y, maxX: x + width, maxY: y + height };
  }
  boxes.set(nodes, box);
  return box;
}

/** The least zoom the canvas allows: far enough out that Zoom to Fit always shows the whole map. */
export function minZoomFor(box: Box | null, size: Size): number {
  if (!box || size.width === 0 || size.height === 0) return MIN_ZOOM;
  return Math.min(MIN_ZOOM, frameBox(box, size).zoom);
}

type CanvasState = Pick<ReactFlowState, 'transform' | 'minZoom' | 'maxZoom' | 'width' | 'height' | 'nodes'>;

/** The viewport that shows the whole map on the canvas as it is now. */
export function wholeMapViewport(state: CanvasState): Viewport | null {
  const box = canvasBounds(state.nodes as ArgFlowNode[]);
  return box ? frameBox(box, state) : null;
}

/** What the zoom controls can do from the canvas's current view: each is disabled exactly when it would do nothing. */
export function cameraState(state: CanvasState) {
  const [x, y, zoom] = state.transform;
  const near = (a: number, b: number) => Math.abs(a - b) <= ZOOM_TOLERANCE * Math.max(a, b);
  const whole = wholeMapViewport(state);
  return {
    canZoomIn: zoom < state.maxZoom && !near(zoom, state.maxZoom),
    canZoomOut: zoom > state.minZoom && !near(zoom, state.minZoom),
    canFit:
      whole !== null && !(near(zoom, whole.zoom) && Math.abs(x - whole.x) < 1 && Math.abs(y - whole.y) < 1),
    canActualSize: !near(zoom, 1),
  };
}
