import { useReactFlow, useStoreApi } from '@xyflow/react';
import { type MouseEvent, useCallback, useEffect, useRef } from 'react';
import type { EditorStore } from '../store/editorStore';
import { addsToSelection, selectionAfterClick } from './clickSelection';
import { shapeAt, shapesWithin } from './farCards';
import type { ArgFlowNode } from './toFlow';

type Rect = { x: number; y: number; width: number; height: number };

/**
 * What the mouse does to cards drawn as shapes (see farCards.ts), as it does to cards drawn in full: a
 * click selects one (with Shift, Ctrl or ⌘ it is added or taken away), a double-click edits it, and the
 * selection box takes those wholly inside it. React Flow sees only the pane there, so the canvas asks here.
 */
export function useFarCardGestures(store: EditorStore, shapes: readonly ArgFlowNode[]) {
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  const shapeUnder = useCallback(
    (event: MouseEvent) => {
      if (shapes.length === 0) return undefined;
      return shapeAt(shapes, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
    },
    [shapes, flow],
  );

  const onPaneClick = useCallback(
    (event: MouseEvent) => {
      const card = shapeUnder(event);
      if (!card) return;
      const next = selectionAfterClick(store.getState().selectedIds, card.id, addsToSelection(event));
      // React Flow clears the selection right after telling of a click on the pane: select once it has.
      queueMicrotask(() => store.getState().select(next));
    },
    [store, shapeUnder],
  );

  // React Flow forgets its selection box before it reports the selection's end: keep the last one seen.
  const lastBox = useRef<Rect | null>(null);
  useEffect(
    () =>
      flowStore.subscribe((state) => {
        const box = state.userSelectionRect;
        if (!box) return;
        const [tx, ty, zoom] = state.transform;
        lastBox.current = {
          x: (box.x - tx) / zoom,
          y: (box.y - ty) / zoom,
          width: box.width / zoom,
          height: box.height / zoom,
        };
      }),
    [flowStore],
  );
  const onSelectionEnd = useCallback(() => {
    const box = lastBox.current;
    lastBox.current = null;
    if (!box || shapes.length === 0) return;
    const within = shapesWithin(shapes, box);
    if (within.length === 0) return;
    store.getState().select([...store.getState().selectedIds, ...within.map((card) => card.id)]);
  }, [store, shapes]);

  return { shapeUnder, onPaneClick, onSelectionEnd };
}
