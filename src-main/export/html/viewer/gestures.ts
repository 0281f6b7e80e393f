import type { Camera } from './camera';

/** How far a pointer may move, in px, and still count as a click rather than a drag. */
const CLICK_SLOP = 5;

/**
 * Mouse, pen and touch on the map with Pointer Events: one pointer drags the view, two pinch it, the
 * wheel zooms about the cursor. A press that barely moves is a click on what was under it.
 */
export function attachGestures(camera: Camera, onClick: (target: Element | null) => void): void {
  const frame = camera.frame;
  const pointers = new Map<number, { x: number; y: number }>();
  let pressed: { target: Element | null; x: number; y: number; moved: boolean } | null = null;

  const local = (event: PointerEvent | WheelEvent) => {
    const rect = frame.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  };

  frame.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    pointers.set(event.pointerId, local(event));
    frame.setPointerCapture(event.pointerId);
    pressed =
      pointers.size === 1
        ? { target: event.target instanceof Element ? event.target : null, ...local(event), moved: false }
        : null;
  });

  frame.addEventListener('pointermove', (event) => {
    const before = pointers.get(event.pointerId);
    if (!before) return;
    const now = local(event);
    if (pressed && Math.hypot(now.x - pressed.x, now.y - pressed.y) > CLICK_SLOP) pressed.moved = true;
    if (pointers.size === 1) {
      camera.pan(now.x - before.x, now.y - before.y);
    } else if (pointers.size === 2) {
      const other = [...pointers.entries()].find(([id]) => id !== event.pointerId)?.[1];
      if (other) {
        const apart = Math.hypot(before.x - other.x, before.y - other.y);
        const factor = apart > 0 ? Math.hypot(now.x - other.x, now.y - other.y) / apart : 1;
        // Half the move pans (the midpoint moves half as far as one finger), then zoom about the midpoint.
        camera.pan((now.x - before.x) / 2, (now.y - before.y) / 2);
        camera.zoom(factor, (now.x + other.x) / 2, (now.y + other.y) / 2);
      }
    }
    pointers.set(event.pointerId, now);
  });

  const release = (event: PointerEvent) => {
    if (!pointers.delete(event.pointerId)) return;
    if (event.type === 'pointerup' && pressed && !pressed.moved && pointers.size === 0)
      onClick(pressed.target);
    if (pointers.size === 0) pressed = null;
  };
  frame.addEventListener('pointerup', release);
  frame.addEventListener('pointercancel', release);

  frame.addEventListener(
    'wheel',
    (event) => {
      event.preventDefault();
      const { x, y } = local(event);
      // A trackpad's pinch arrives as a wheel event with Ctrl held, in small steps: zoom faster then.
      const speed = event.ctrlKey ? 0.01 : 0.0015;
      const lines = event.deltaMode === WheelEvent.DOM_DELTA_LINE ? 16 : 1;
      camera.zoom(Math.exp(-event.deltaY * lines * speed), x, y);
    },
    { passive: false },
  );
}
