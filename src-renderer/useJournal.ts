import { useEffect } from 'react';
import { journalDueAt, type PendingEdits, withEdit } from '../src-shared/journal/journalPolicy';
import { serializeMap } from '../src-shared/model/serialize';
import type { ActionContext } from './actions/actionContext';
import { isDirty } from './store/editorStore';

/**
 * Keeps main's crash-recovery journal up to date while the document has unsaved changes: about a second
 * after the last edit, and at least every ten seconds while edits keep coming. Main drops the entry when
 * the document is saved or its changes discarded.
 */
export function useJournal(ctx: ActionContext | null): void {
  useEffect(() => {
    if (!ctx) return;
    const { editor, argmap } = ctx;
    let pending: PendingEdits | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastMap = editor.getState().map;

    const flush = () => {
      timer = undefined;
      pending = null;
      const state = editor.getState();
      if (isDirty(state)) void argmap.journal.write({ text: serializeMap(state.map) });
    };
    const schedule = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(flush, Math.max(0, journalDueAt(pending as PendingEdits) - Date.now()));
    };

    // A restored document is unsaved from the start: keep it in the journal under its new window.
    if (isDirty(editor.getState())) flush();
    const stop = editor.subscribe((state) => {
      if (state.map === lastMap) return;
      lastMap = state.map;
      if (!isDirty(state)) return;
      pending = withEdit(pending, Date.now());
      schedule();
    });
    return () => {
      stop();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [ctx]);
}
