import { type RefObject, useEffect } from 'react';
import { useEditorStore } from '../store/EditorContext';
import type { EditorStore } from '../store/editorStore';
import { useOffscreenTabStop } from './useOffscreenTabStop';

export const MAP_KEYS_ID = 'map-keys';

/** The card (or link) with this id on the canvas, if it is drawn. */
function elementOf(root: HTMLElement, id: string): HTMLElement | null {
  const escaped = CSS.escape(id);
  return root.querySelector<HTMLElement>(
    `.react-flow__node[data-id="${escaped}"], .react-flow__edge[data-id="${escaped}"]`,
  );
}

/** Focus is on the map itself (a card, a link, the pane) or nowhere: selection may carry it along. */
function focusIsOnMap(root: HTMLElement): boolean {
  const active = document.activeElement;
  if (!active || active === document.body) return true;
  return root.contains(active) && active.matches('.react-flow__node, .react-flow__edge, .react-flow__pane');
}

/**
 * Keyboard focus and selection move together on the canvas (roving tabindex): when the arrow keys (or
 * L, ], [) select another node or link, focus follows it, and a card reached by Tab or F6 with nothing
 * selected becomes the selection. Focus in a panel or a text field is never taken away.
 */
export function useCardFocus(container: RefObject<HTMLDivElement | null>): void {
  const store = useEditorStore();
  useOffscreenTabStop(container, store);
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    // The cards are the options of one list, so that a screen reader says which are selected.
    const list = root.querySelector('.react-flow__nodes');
    list?.setAttribute('role', 'listbox');
    list?.setAttribute('aria-label', 'Nodes');
    list?.setAttribute('aria-multiselectable', 'true');
    const stop = followSelection(store, root);
    const onFocusIn = (event: FocusEvent) => {
      const card = event.target instanceof Element ? event.target.closest('.react-flow__node') : null;
      const id = card?.getAttribute('data-id');
      if (card === event.target && id && store.getState().selectedIds.size === 0)
        store.getState().select([id]);
    };
    root.addEventListener('focusin', onFocusIn);
    return () => {
      stop();
      root.removeEventListener('focusin', onFocusIn);
    };
  }, [container, store]);
}

function followSelection(store: EditorStore, root: HTMLElement): () => void {
  let frame = 0;
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.selectedIds === previous.selectedIds && state.editingId === previous.editingId) return;
    if (state.editingId !== null || state.presenting || state.selectedIds.size !== 1) return;
    const [id] = state.selectedIds;
    cancelAnimationFrame(frame);
    // A frame later: a new card is drawn by then, and a text field that just closed has let go of focus.
    frame = requestAnimationFrame(() => {
      const target = id === undefined ? null : elementOf(root, id);
      if (target && target !== document.activeElement && focusIsOnMap(root))
        target.focus({ preventScroll: true });
    });
  });
  return () => {
    cancelAnimationFrame(frame);
    unsubscribe();
  };
}
