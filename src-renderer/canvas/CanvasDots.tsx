import { useStore } from '@xyflow/react';

const GAP = 24;
const DOT = 1.2;

/**
 * The canvas's dot grid, a dot every 24 units of the map. React Flow's Background draws it as an SVG
 * pattern that moves with the view, so the browser painted the whole canvas afresh on every frame of a
 * pan: a third of the frame time at a map's opening view (npm run bench, canvas section). Here the dots
 * are a layer of their own, a tile larger than the canvas that only slides (by less than a tile) while
 * the view pans, which the compositor does without painting; only a change of zoom paints it again.
 */
export function CanvasDots() {
  const [x, y, zoom] = useStore((state) => state.transform);
  const gap = GAP * zoom;
  const radius = (DOT * zoom) / 2;
  return (
    <div className="canvas-dots">
      <div
        className="canvas-dots-layer"
        style={{
          width: `calc(100% + ${2 * gap}px)`,
          height: `calc(100% + ${2 * gap}px)`,
          transform: `translate(${(x % gap) - gap}px, ${(y % gap) - gap}px)`,
          backgroundImage: `radial-gradient(circle, var(--canvas-dots) ${radius}px, transparent ${radius + 0.5}px)`,
          backgroundSize: `${gap}px ${gap}px`,
          backgroundPosition: `${-gap / 2}px ${-gap / 2}px`,
        }}
      />
    </div>
  );
}
