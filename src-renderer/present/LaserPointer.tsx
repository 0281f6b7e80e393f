import { useEffect, useRef } from 'react';

const TRAIL_MS = 450;

/** A red dot that follows the pointer and leaves a short fading trail, drawn on a canvas over the slide. */
export function LaserPointer() {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (!element || !context) return;
    const points: Array<{ x: number; y: number; at: number }> = [];
    const onMove = (event: PointerEvent) =>
      points.push({ x: event.clientX, y: event.clientY, at: performance.now() });
    let frame = 0;
    const draw = () => {
      const now = performance.now();
      while (points.length > 0 && now - (points[0]?.at ?? now) > TRAIL_MS) points.shift();
      element.width = window.innerWidth;
      element.height = window.innerHeight;
      points.forEach((point, index) => {
        const life = 1 - (now - point.at) / TRAIL_MS;
        const head = index === points.length - 1;
        context.beginPath();
        context.fillStyle = `rgba(230, 30, 40, ${head ? 0.95 : life * 0.6})`;
        context.arc(point.x, point.y, head ? 7 : 3 + life * 3, 0, Math.PI * 2);
        context.fill();
      });
      frame = requestAnimationFrame(draw);
    };
    window.addEventListener('pointermove', onMove);
    frame = requestAnimationFrame(draw);
    return () => {
      window.removeEventListener('pointermove', onMove);
      cancelAnimationFrame(frame);
    };
  }, []);
  return <canvas ref={canvas} className="laser" aria-hidden />;
}
