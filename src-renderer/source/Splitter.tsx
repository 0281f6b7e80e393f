import { type KeyboardEvent, type PointerEvent, useRef } from 'react';

interface SplitterProps {
  width: number;
  min: number;
  max: number;
  onResize(width: number): void;
  /** What a screen reader calls it: "Resize the source text" unless told. */
  label?: string;
}

/** The handle between canvas and source pane: drag it, or focus it and use the arrow keys. */
export function Splitter({ width, min, max, onResize, label = 'Resize the source text' }: SplitterProps) {
  const drag = useRef<{ x: number; width: number } | null>(null);
  const clamp = (value: number) => Math.min(max, Math.max(min, Math.round(value)));
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    drag.current = { x: event.clientX, width };
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    // The pane is on the right: dragging left widens it.
    if (drag.current) onResize(clamp(drag.current.width + drag.current.x - event.clientX));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? 80 : 20;
    if (event.key === 'ArrowLeft') onResize(clamp(width + step));
    else if (event.key === 'ArrowRight') onResize(clamp(width - step));
    else return;
    event.preventDefault();
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a focusable separator is the ARIA pattern for a resizable split; <hr> cannot take focus or values.
    <div
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={width}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => {
        drag.current = null;
      }}
      onKeyDown={onKeyDown}
    />
  );
}
