import { type RefObject, useEffect, useState } from 'react';
import { Splitter } from '../source/Splitter';

/** Each map keeps at least this much of the width: a card and a margin. */
export const PANE_MIN = 240;

interface SideSplitterProps {
  pane: RefObject<HTMLElement | null>;
  onResize(width: number): void;
}

/**
 * The handle between the reference and the compared map: drag it, or focus it and use the arrow keys.
 * The two share the width half and half until it is moved; neither narrows below PANE_MIN.
 */
export function SideSplitter({ pane, onResize }: SideSplitterProps) {
  const [width, setWidth] = useState(0);
  const [room, setRoom] = useState(0);
  useEffect(() => {
    const element = pane.current;
    const canvas = element?.parentElement?.querySelector<HTMLElement>(':scope > .canvas');
    if (!element || !canvas) return;
    const measure = () => {
      setWidth(Math.round(element.getBoundingClientRect().width));
      setRoom(Math.round(element.getBoundingClientRect().width + canvas.getBoundingClientRect().width));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    observer.observe(canvas);
    return () => observer.disconnect();
  }, [pane]);
  return (
    <Splitter
      width={width}
      min={PANE_MIN}
      max={Math.max(PANE_MIN, room - PANE_MIN)}
      onResize={onResize}
      label="Resize the compared map"
    />
  );
}
