import { useEffect, useState } from 'react';

/** Longer than the pause between the two clicks of a double-click on every platform's default. */
export const DOUBLE_CLICK_MS = 300;

/**
 * Whether a panel that takes room from the canvas may open: only once `wanted` has held for `delay`.
 * The inspector docks when a card is selected; opening it at once would narrow the canvas under the
 * pointer between the two clicks of a double-click, so the second click would miss the card.
 */
export function useSettledOpen(wanted: boolean, delay = DOUBLE_CLICK_MS): boolean {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (!wanted) {
      setOpen(false);
      return;
    }
    const timer = setTimeout(() => setOpen(true), delay);
    return () => clearTimeout(timer);
  }, [wanted, delay]);
  return wanted && open;
}
