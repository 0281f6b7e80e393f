import { useEffect } from 'react';
import {
  extractFragment,
  type Fragment,
  parseFragment,
  serializeFragment,
} from '../../src-shared/clipboard/fragment';
import { nodesBounds } from '../../src-shared/layout/nodeSize';
import { newId } from '../../src-shared/model/ids';
import type { Position } from '../../src-shared/model/map';
import { deleteElements } from '../../src-shared/ops/deleteOps';
import { insertFragment } from '../../src-shared/ops/fragmentOps';
import { isRefusal } from '../../src-shared/ops/refusal';
import type { ActionContext } from './actionContext';
import { selectedEdges, selectedNodes } from './selection';

const DUPLICATE_OFFSET = { x: 40, y: 40 };

/** Adds a fragment to the map as one change and selects what was added. */
function place(ctx: ActionContext, fragment: Fragment, offset: Position, verb: 'Paste' | 'Duplicate'): void {
  const state = ctx.editor.getState();
  const pasted = insertFragment(state.map, fragment, { offset, newId, verb });
  if (isRefusal(pasted)) {
    state.showFlash(pasted.refused);
    return;
  }
  state.commit(pasted.change);
  state.select([...pasted.ids, ...pasted.edgeIds]);
}

export function duplicateSelection(ctx: ActionContext): void {
  const state = ctx.editor.getState();
  const ids = selectedNodes(state).map((node) => node.id);
  if (ids.length > 0) place(ctx, extractFragment(state.map, ids), DUPLICATE_OFFSET, 'Duplicate');
}

/** Pasted nodes land in the middle of what the user is looking at, wherever they were copied from. */
function offsetToViewCentre(ctx: ActionContext, fragment: Fragment): Position {
  const canvas = document.querySelector('.react-flow')?.getBoundingClientRect();
  const centre = canvas
    ? ctx.flow.screenToFlowPosition({ x: canvas.left + canvas.width / 2, y: canvas.top + canvas.height / 2 })
    : { x: 0, y: 0 };
  const box = nodesBounds(fragment.nodes);
  const middle = { x: (box.minX + box.maxX) / 2, y: (box.minY + box.maxY) / 2 };
  return { x: Math.round(centre.x - middle.x), y: Math.round(centre.y - middle.y) };
}

/** Text fields and selected source text keep the platform's own clipboard behaviour. */
function isTextContext(event: ClipboardEvent): boolean {
  const target = event.target;
  if (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA'].includes(target.tagName))
  )
    return true;
  const selection = document.getSelection();
  return !!selection && !selection.isCollapsed;
}

/**
 * Cut, copy and paste of map nodes through the system clipboard, as JSON text, so nodes move between
 * windows and maps. The keyboard and the native Edit menu both raise these events.
 */
export function useClipboard(ctx: ActionContext | null): void {
  useEffect(() => {
    if (!ctx) return;
    const copy = (event: ClipboardEvent, andDelete: boolean) => {
      if (isTextContext(event) || !event.clipboardData) return;
      const state = ctx.editor.getState();
      const nodes = selectedNodes(state);
      if (nodes.length === 0) return;
      event.preventDefault();
      event.clipboardData.setData(
        'text/plain',
        serializeFragment(
          extractFragment(
            state.map,
            nodes.map((node) => node.id),
          ),
        ),
      );
      if (andDelete) {
        const edgeIds = selectedEdges(state).map((edge) => edge.id);
        const change = deleteElements(state.map, { nodeIds: nodes.map((node) => node.id), edgeIds });
        if (change) state.commit({ ...change, label: 'Cut' });
        state.select([]);
      }
      state.showFlash(
        `${andDelete ? 'Cut' : 'Copied'} ${nodes.length === 1 ? '1 node' : `${nodes.length} nodes`}.`,
      );
    };
    const onCopy = (event: ClipboardEvent) => copy(event, false);
    const onCut = (event: ClipboardEvent) => copy(event, true);
    const onPaste = (event: ClipboardEvent) => {
      if (isTextContext(event) || !event.clipboardData) return;
      const text = event.clipboardData.getData('text/plain');
      if (!text.trim()) return;
      event.preventDefault();
      // Argmap's own nodes first; otherwise an outline (an indented or bulleted list) becomes nodes.
      const parsed = parseFragment(text);
      const pasted = (fragment: typeof parsed) => {
        if (isRefusal(fragment)) ctx.editor.getState().showFlash(fragment.refused);
        else place(ctx, fragment, offsetToViewCentre(ctx, fragment), 'Paste');
      };
      if (!isRefusal(parsed)) return pasted(parsed);
      // The Markdown reader is loaded the first time an outline is pasted, not with the window.
      void import('../../src-shared/formats/outlineFragment').then(
        ({ outlineFragment }) => pasted(outlineFragment(text) ?? parsed),
        (error: unknown) =>
          ctx.editor.getState().showFlash(`Could not read the pasted outline: ${String(error)}`),
      );
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCut);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCut);
      document.removeEventListener('paste', onPaste);
    };
  }, [ctx]);
}
