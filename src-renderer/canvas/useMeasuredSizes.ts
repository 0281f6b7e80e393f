import type { NodeChange } from '@xyflow/react';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

type Size = { width: number; height: number };
type Sizes = ReadonlyMap<string, Size>;

/**
 * The cards' sizes as React Flow measured them once drawn, which the canvas hands back with each card.
 * Taking sizes in derives every card again; while the view moves, cards coming into view are measured
 * a few at a time, and on a 20,000-node map each taking-in cost a frame of the pan (npm run bench,
 * canvas, 20,000 nodes). So sizes measured while the view moves are held and taken in when it rests;
 * React Flow itself already draws with them. `record` takes React Flow's node changes and keeps the
 * sizes among them.
 */
export function useMeasuredSizes(moving: boolean): {
  measured: Sizes;
  record(changes: readonly NodeChange[]): void;
} {
  const [measured, setMeasured] = useState<Sizes>(new Map());
  const held = useRef(new Map<string, Size>());
  const movingNow = useRef(moving);
  const takeIn = useCallback((sizes: Iterable<readonly [string, Size]>) => {
    setMeasured((previous) => {
      const next = new Map(previous);
      for (const [id, size] of sizes) next.set(id, size);
      return next;
    });
  }, []);
  useLayoutEffect(() => {
    movingNow.current = moving;
  }, [moving]);
  useEffect(() => {
    if (moving || held.current.size === 0) return;
    const sizes = [...held.current];
    held.current.clear();
    takeIn(sizes);
  }, [moving, takeIn]);
  const record = useCallback(
    (changes: readonly NodeChange[]) => {
      const sizes = changes.flatMap((change) =>
        change.type === 'dimensions' && change.dimensions ? [[change.id, change.dimensions] as const] : [],
      );
      if (sizes.length === 0) return;
      if (!movingNow.current) return takeIn(sizes);
      for (const [id, size] of sizes) held.current.set(id, size);
    },
    [takeIn],
  );
  return { measured, record };
}
