import type { ArgEdge } from '../model/map';
import type { Look } from './looks';
import type { Box, Point, SceneEdge } from './sceneTypes';

/** Handles are 8 px squares centred on the card's edge; an edge starts and ends at their outer side. */
const HANDLE_OUTSET = 4;
/** React Flow's `getBezierPath` curvature. */
const CURVATURE = 0.25;
/**
 * toFlow.ts's `ArrowClosed` marker is 18 × 18 stroke widths over a 20-unit view box, holding the
 * triangle (0,0) (-5,-4) (-5,4): 7.9 px long and 12.6 px wide at the canvas's 1.75 px edges.
 */
const arrowScale = (strokeWidth: number) => (18 * strokeWidth) / 20;

/** How far React Flow pulls a control point away from its handle. */
function controlOffset(distance: number): number {
  return distance >= 0 ? 0.5 * distance : CURVATURE * 25 * Math.sqrt(-distance);
}

/** An edge from the reason's top centre to the claim's bottom centre, curved like React Flow's default edge. */
export function layoutEdge(edge: ArgEdge, reason: Box, claim: Box, look: Look): SceneEdge {
  const strokeWidth = look.edgeWidth;
  const start = { x: reason.x + reason.width / 2, y: reason.y - HANDLE_OUTSET };
  const end = { x: claim.x + claim.width / 2, y: claim.y + claim.height + HANDLE_OUTSET };
  const c1 = { x: start.x, y: start.y - controlOffset(start.y - end.y) };
  const c2 = { x: end.x, y: end.y + controlOffset(start.y - end.y) };
  return {
    id: edge.id,
    relation: edge.relation,
    curve: [start, c1, c2, end],
    stroke: look.palette.relations[edge.relation],
    strokeWidth,
    dash: edge.relation === 'opposes' ? '7 5' : null,
    arrow: arrowhead([start, c1, c2, end], arrowScale(strokeWidth)),
    arrowStrokeWidth: arrowScale(strokeWidth),
  };
}

/** The arrow points along the curve's direction at its end (`orient="auto"`). */
function arrowhead([start, c1, c2, end]: [Point, Point, Point, Point], scale: number): [Point, Point, Point] {
  const from = [c2, c1, start].find((p) => p.x !== end.x || p.y !== end.y);
  const dx = from ? end.x - from.x : 0;
  const dy = from ? end.y - from.y : -1;
  const length = Math.hypot(dx, dy);
  const [ux, uy] = [dx / length, dy / length];
  const [length5, halfWidth] = [5 * scale, 4 * scale];
  const base = { x: end.x - ux * length5, y: end.y - uy * length5 };
  return [
    end,
    { x: base.x - uy * halfWidth, y: base.y + ux * halfWidth },
    { x: base.x + uy * halfWidth, y: base.y - ux * halfWidth },
  ];
}

/** The box a cubic bezier and its arrowhead cover, stroke included: the curve's extremes, not its hull. */
export function edgeBounds(edge: SceneEdge): Box {
  const [p0, p1, p2, p3] = edge.curve;
  const xs = [...extremes(p0.x, p1.x, p2.x, p3.x), ...edge.arrow.map((p) => p.x)];
  const ys = [...extremes(p0.y, p1.y, p2.y, p3.y), ...edge.arrow.map((p) => p.y)];
  const pad = Math.max(edge.strokeWidth, edge.arrowStrokeWidth);
  const [x, y] = [Math.min(...xs) - pad, Math.min(...ys) - pad];
  return { x, y, width: Math.max(...xs) + pad - x, height: Math.max(...ys) + pad - y };
}

/** The values one coordinate of a cubic bezier takes at its ends and turning points. */
function extremes(a: number, b: number, c: number, d: number): number[] {
  // B'(t)/3 = qa t² + qb t + qc
  const qa = -a + 3 * b - 3 * c + d;
  const qb = 2 * (a - 2 * b + c);
  const qc = b - a;
  const roots =
    Math.abs(qa) < 1e-12
      ? Math.abs(qb) < 1e-12
        ? []
        : [-qc / qb]
      : (() => {
          const disc = qb * qb - 4 * qa * qc;
          if (disc < 0) return [];
          const s = Math.sqrt(disc);
          return [(-qb + s) / (2 * qa), (-qb - s) / (2 * qa)];
        })();
  const at = (t: number) =>
    (1 - t) ** 3 * a + 3 * (1 - t) ** 2 * t * b + 3 * (1 - t) * t ** 2 * c + t ** 3 * d;
  return [a, d, ...roots.filter((t) => t > 0 && t < 1).map(at)];
}
