import { Panel, useReactFlow, useStore } from '@xyflow/react';
import { type PointerEvent, useEffect, useMemo, useRef } from 'react';
import { NODE_KINDS, type NodeKind } from '../../../src-shared/model/map';
import { canvasBounds } from '../camera';
import { type ArgFlowNode, drawnSize } from '../toFlow';
import {
  centredOn,
  fitFrame,
  fromOverview,
  type OverviewFrame,
  type Rect,
  toOverview,
  visibleArea,
} from './overviewGeometry';

const SIZE = { width: 200, height: 150 };
const PADDING = 6;

/**
 * The whole map in small, with the part the canvas shows framed; press or drag in it to move the view
 * there, turn the wheel to zoom. The map is painted once on a canvas whenever it changes, and only the
 * frame moves with the view: React Flow's minimap drew every node as an SVG element and rebuilt it on
 * every frame of a pan, a fifth of the frame time on a map of 2,000 nodes (npm run bench, canvas section).
 */
export function MapOverview({ nodes, theme }: { nodes: readonly ArgFlowNode[]; theme: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  // The canvas's own bounds of these nodes (made once per version of them, for its zoom range).
  const frame = useMemo(() => {
    const box = canvasBounds(nodes);
    return box
      ? fitFrame(
          { x: box.minX, y: box.minY, width: box.maxX - box.minX, height: box.maxY - box.minY },
          SIZE,
          PADDING,
        )
      : null;
  }, [nodes]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new theme means new colours, read from the page's styles.
  useEffect(() => {
    // After the commit's effects: a theme change sets the page's colours in an effect of the app's own.
    // And after the next frame is on screen: a map that opens shows its cards before the overview, and
    // only then are its boxes gathered for painting.
    let painting: ReturnType<typeof setTimeout> | undefined;
    const frameShown = requestAnimationFrame(() => {
      painting = setTimeout(() => canvas.current && paint(canvas.current, boxesOf(nodes), frame));
    });
    return () => {
      cancelAnimationFrame(frameShown);
      clearTimeout(painting);
    };
  }, [nodes, frame, theme]);

  return (
    <Panel
      position="bottom-right"
      className="map-overview nowheel nopan"
      aria-label="Overview of the map"
      role="img"
    >
      <canvas ref={canvas} className="map-overview-canvas" style={SIZE} />
      {frame && <ViewFrame frame={frame} />}
    </Panel>
  );
}

/** The frame of what the canvas shows, and the gestures that move it. */
function ViewFrame({ frame }: { frame: OverviewFrame }) {
  const flow = useReactFlow();
  const transform = useStore((state) => state.transform);
  const pane = useStore((state) => ({ width: state.width, height: state.height }), sameSize);
  const zoomRange = useStore((state) => ({ min: state.minZoom, max: state.maxZoom }), sameRange);
  const shown = toOverview(frame, visibleArea(transform, pane));

  const pointAt = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return fromOverview(frame, { x: event.clientX - box.left, y: event.clientY - box.top });
  };
  const moveTo = (event: PointerEvent<HTMLDivElement>) =>
    void flow.setViewport(centredOn(pointAt(event), transform[2], pane));

  return (
    <div
      className="map-overview-area"
      style={SIZE}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        moveTo(event);
      }}
      onPointerMove={(event) => {
        if (event.currentTarget.hasPointerCapture(event.pointerId)) moveTo(event);
      }}
      onWheel={(event) => {
        const area = visibleArea(transform, pane);
        const zoom = Math.min(
          zoomRange.max,
          Math.max(zoomRange.min, transform[2] * Math.exp(-event.deltaY / 500)),
        );
        const middle = { x: area.x + area.width / 2, y: area.y + area.height / 2 };
        void flow.setViewport(centredOn(middle, zoom, pane));
      }}
    >
      <div
        className="map-overview-view"
        style={{
          left: shown.x,
          top: shown.y,
          width: Math.max(2, shown.width),
          height: Math.max(2, shown.height),
        }}
      />
    </div>
  );
}

/** Each node's box at its drawn size, with its kind. */
const boxesOf = (nodes: readonly ArgFlowNode[]) =>
  nodes.map((node) => ({ kind: node.data.node.kind, rect: { ...node.position, ...drawnSize(node) } }));

/** Paints each node as a rectangle of its kind's colour, a kind at a time. */
function paint(
  element: HTMLCanvasElement,
  boxes: { kind: NodeKind; rect: Rect }[],
  frame: OverviewFrame | null,
) {
  const ratio = window.devicePixelRatio || 1;
  element.width = Math.round(SIZE.width * ratio);
  element.height = Math.round(SIZE.height * ratio);
  const context = element.getContext('2d');
  if (!context || !frame) return;
  context.scale(ratio, ratio);
  const styles = getComputedStyle(element);
  for (const kind of NODE_KINDS) {
    context.fillStyle = styles.getPropertyValue(`--${kind}`).trim() || '#888';
    for (const box of boxes) {
      if (box.kind !== kind) continue;
      const drawn = toOverview(frame, box.rect);
      // A node narrower than a pixel would vanish: keep it visible.
      context.fillRect(drawn.x, drawn.y, Math.max(1, drawn.width), Math.max(1, drawn.height));
    }
  }
}

const sameSize = (a: { width: number; height: number }, b: { width: number; height: number }) =>
  a.width === b.width && a.height === b.height;
const sameRange = (a: { min: number; max: number }, b: { min: number; max: number }) =>
  a.min === b.min && a.max === b.max;
