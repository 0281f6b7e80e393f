import { useEffect, useRef } from 'react';

const TRAIL_MS = 450;

/**
 * A red dot that follows the pointer and leaves a short fading trail, drawn on a canvas over the slide.
 * The dot stays where the pointer rests, until the pointer leaves the window (or the laser is turned off);
 * only the trail fades. Frames are drawn only while something changes.
 */
export function LaserPointer() {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (!element || !context) return;
    const trail: Array<{ x: number; y: number; at: number }> = [];
    let head: { x: number; y: number } | null = null;
    let frame = 0;
    const draw = () => {
      frame = 0;
      const now = performance.now();
      while (trail.length > 0 && now - (trail[0]?.at ?? now) > TRAIL_MS) trail.shift();
      element.width = window.innerWidth;
      element.height = window.innerHeight;
      for (const point of trail) {
        const life = 1 - (now - point.at) / TRAIL_MS;
        context.beginPath();
        context.fillStyle = `rgba(230, 30, 40, ${life * 0.6})`;
        context.arc(point.x, point.y, 3 + life * 3, 0, Math.PI * 2);
        context.fill();
      }
      if (head) {
        context.beginPath();
        context.fillStyle = 'rgba(230, 30, 40, 0.95)';
        context.arc(head.x, head.y, 7, 0, Math.PI * 2);
        context.fill();
      }
      if (trail.length > 0) schedule();
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(draw);
    };
    const onMove = (event: PointerEvent) => {
      head = { x: event.clientX, y: event.clientY };
      trail.push({ ...head, at: performance.now() });
      schedule();
    };
    const onLeave = () => {
      head = null;
      schedule();
    };
    window.addEventListener('pointermove', onMove);
    document.documentElement.addEventListener('pointerleave', onLeave);
    window.addEventListener('blur', onLeave);
    return () => {
      window.removeEventListener('pointermove', onMove);
      document.documentElement.removeEventListener('pointerleave', onLeave);
      window.removeEventListener('blur', onLeave);
      cancelAnimationFrame(frame);
    };
  }, []);
  return <canvas ref={canvas} className="laser" aria-hidden />;
}
