import { useCallback, useState } from 'react';

/**
 * Whether links are drawn plain (opposition solid rather than dashed): while the view moves or a node
 * is dragged. A dashed curve costs the browser a segment per dash, and a long cross-link has thousands:
 * painting them every frame made panning several times slower than React Flow without them (npm run
 * bench, canvas section). At rest the dashes return; from afar, FarLinks draws the links instead.
 */
export function useSimplifiedLinks(): { on: boolean; start: () => void; end: () => void } {
  const [moving, setMoving] = useState(false);
  const start = useCallback(() => setMoving(true), []);
  const end = useCallback(() => setMoving(false), []);
  return { on: moving, start, end };
}
