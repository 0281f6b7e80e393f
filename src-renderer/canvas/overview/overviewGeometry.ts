/** A rectangle in the canvas's coordinates (flow units) or on screen. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How the map is fitted into the overview: a flow point p is drawn at (p - origin) × scale + offset. */
export interface OverviewFrame {
  scale: number;
  origin: { x: number; y: number };
  offset: { x: number; y: number };
}

/** Fits `bounds` into a `size` box, `padding` px inside its edges, centred and with its proportions kept. */
export function fitFrame(
  bounds: Rect,
  size: { width: number; height: number },
  padding: number,
): OverviewFrame {
  const room = {
    width: Math.max(1, size.width - 2 * padding),
    height: Math.max(1, size.height - 2 * padding),
  };
  const scale = Math.min(room.width / Math.max(1, bounds.width), room.height / Math.max(1, bounds.height));
  return {
    scale,
    origin: { x: bounds.x, y: bounds.y },
    offset: {
      x: (size.width - bounds.width * scale) / 2,
      y: (size.height - bounds.height * scale) / 2,
    },
  };
}

/** Where a flow rectangle is drawn in the overview. */
export function toOverview(frame: OverviewFrame, rect: Rect): Rect {
  return {
    x: (rect.x - frame.origin.x) * frame.scale + frame.offset.x,
    y: (rect.y - frame.origin.y) * frame.scale + frame.offset.y,
    width: rect.width * frame.scale,
    height: rect.height * frame.scale,
  };
}

/** The flow point drawn at a point of the overview. */
export function fromOverview(
  frame: OverviewFrame,
  point: { x: number; y: number },
): { x: number; y: number } {
  return {
    x: (point.x - frame.offset.x) / frame.scale + frame.origin.x,
    y: (point.y - frame.offset.y) / frame.scale + frame.origin.y,
  };
}

/** The part of the map the canvas shows, in flow units, for a React Flow transform [x, y, zoom] and pane size. */
export function visibleArea(
  transform: readonly [number, number, number],
  pane: { width: number; height: number },
): Rect {
  const [x, y, zoom] = transform;
  return { x: -x / zoom, y: -y / zoom, width: pane.width / zoom, height: pane.height / zoom };
}

/** The viewport that centres the canvas on a flow point at a zoom. */
export function centredOn(
  point: { x: number; y: number },
  zoom: number,
  pane: { width: number; height: number },
): { x: number; y: number; zoom: number } {
  return { x: pane.width / 2 - point.x * zoom, y: pane.height / 2 - point.y * zoom, zoom };
}
