import { useReactFlow } from '@xyflow/react';
import { type RefObject, useEffect } from 'react';
import { plannedSize } from '../../src-shared/layout/nodeSize';
import type { EditorStore } from '../store/editorStore';

/** Frames to wait for a card brought into view to be drawn before giving up on focusing it. */
const DRAW_FRAMES = 30;

/**
 * A large map draws only the cards in view, so the map's one tab stop (the selected card, or the first)
 * may not be in the page. Then the map itself takes the tab stop: Tab and F6 still reach the map, and
 * arriving there by keyboard brings that card into view and gives it focus.
 */
export function useOffscreenTabStop(container: RefObject<HTMLDivElement | null>, store: EditorStore): void {
  const flow = useReactFlow();
  useEffect(() => {
    // The container is React Flow's own element, the map's landmark.
    const wrapper = container.current;
    const cards = wrapper?.querySelector('.react-flow__nodes');
    if (!wrapper || !cards) return;
    const update = () => {
      const stopDrawn = cards.querySelector('.react-flow__node[tabindex="0"]') !== null;
      if (stopDrawn) wrapper.removeAttribute('tabindex');
      else wrapper.setAttribute('tabindex', '0');
    };
    const observer = new MutationObserver(update);
    observer.observe(cards, { childList: true, subtree: true, attributeFilter: ['tabindex'] });
    update();

    let frame = 0;
    const onFocus = (event: FocusEvent) => {
      // Only a keyboard arrives at the tab stop: a click on the pane focuses the map too, and should
      // neither move the view nor select.
      if (event.target !== wrapper || !wrapper.matches(':focus-visible')) return;
      const { map, selectedIds } = store.getState();
      const node = map.nodes.find((candidate) => selectedIds.has(candidate.id)) ?? map.nodes[0];
      if (!node) return;
      const size = plannedSize(node);
      void flow.setCenter(node.position.x + size.width / 2, node.position.y + size.height / 2, {
        zoom: flow.getZoom(),
      });
      if (selectedIds.size === 0) store.getState().select([node.id]);
      let waited = 0;
      const focusWhenDrawn = () => {
        const card = cards.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(node.id)}"]`);
        if (card) card.focus({ preventScroll: true });
        else if (waited++ < DRAW_FRAMES) frame = requestAnimationFrame(focusWhenDrawn);
      };
      frame = requestAnimationFrame(focusWhenDrawn);
    };
    wrapper.addEventListener('focus', onFocus);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      wrapper.removeEventListener('focus', onFocus);
    };
  }, [container, store, flow]);
}
