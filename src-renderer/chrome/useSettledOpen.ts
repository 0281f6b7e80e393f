import { useLayoutEffect, useState } from 'react';

/** Longer than the pause between the two clicks of a double-click on every platform's default. */
export const DOUBLE_CLICK_MS = 300;

/** When a card was last pressed: a double-click on it may be under way for DOUBLE_CLICK_MS after. */
let cardPressedAt = Number.NEGATIVE_INFINITY;
if (typeof document !== 'undefined') {
  document.addEventListener(
    'pointerdown',
    (event) => {
      if (event.target instanceof Element && event.target.closest('.react-flow__node'))
        cardPressedAt = performance.now();
    },
    true,
  );
}

/**
 * Whether a panel that takes room from the canvas may open now that it is `wanted`. The inspector docks
 * when a card is selected; opening it while a double-click on that card may still be under way would
 * narrow the canvas under the pointer, and the second click would miss the card. So a selection made by
 * pressing a card opens the panel once a double-click's time has passed; any other opens it at once.
 */
export function useSettledOpen(wanted: boolean, delay = DOUBLE_CLICK_MS): boolean {
  const [waiting, setWaiting] = useState(false);
  useLayoutEffect(() => {
    if (!wanted) return;
    const left = delay - (performance.now() - cardPressedAt);
    if (left <= 0) return;
    setWaiting(true);
    const timer = setTimeout(() => setWaiting(false), left);
    return () => {
      clearTimeout(timer);
      setWaiting(false);
    };
  }, [wanted, delay]);
  return wanted && !waiting;
}
