import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  type Admission,
  ARRIVING_AT_ONCE,
  ARRIVING_LINKS_PER_STEP,
  type Arrivals,
  admitLinks,
  NOTHING_DRAWN,
} from './arrivals';

/** A change draws a few new links at once; more wait for the steps that follow it. */
const CHANGE: Admission = { atOnce: ARRIVING_AT_ONCE, perStep: 0 };
const STEP: Admission = { atOnce: ARRIVING_LINKS_PER_STEP, perStep: ARRIVING_LINKS_PER_STEP };
const NONE: Admission = { atOnce: 0, perStep: 0 };

/**
 * The links to draw now: all of them, except when many come into view at once, which then arrive in
 * the steps after the change, `ARRIVING_LINKS_PER_STEP` a step (see arrivals.ts). Each step is a task of
 * its own, so the browser may paint between them.
 */
export function useArrivingLinks<L extends { id: string }>(links: L[]): L[] {
  const last = useRef<{ arrivals: Arrivals<L>; step: number }>({ arrivals: NOTHING_DRAWN, step: -1 });
  const [step, setStep] = useState(0);
  const arrivals = useMemo(() => {
    const before = last.current;
    // Drawn again within a step (a card just drawn reports its size): what waits keeps waiting until
    // the next step, which alone admits the next batch.
    const again = before.arrivals.waiting && before.step === step;
    return admitLinks(links, before.arrivals.drawn, again ? NONE : before.arrivals.waiting ? STEP : CHANGE);
  }, [links, step]);
  useLayoutEffect(() => {
    last.current = { arrivals, step };
  });
  useEffect(() => {
    if (!arrivals.waiting) return;
    // A message, not a frame: steps follow one another as soon as the main thread is free, and the
    // browser paints between them when a frame is due.
    let cancelled = false;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      if (!cancelled) setStep((count) => count + 1);
    };
    channel.port2.postMessage(null);
    return () => {
      cancelled = true;
      channel.port1.close();
    };
  }, [arrivals]);
  return arrivals.shown;
}
