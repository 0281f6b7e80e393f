import { useEffect } from 'react';
import { shortenForDisplay } from '../src-shared/text/shortenForDisplay';
import type { ActionContext } from './actions/actionContext';
import { closeWindow } from './actions/fileActions';
import { isDirty } from './store/editorStore';

/**
 * Keeps main and the window in step with the document: the title and unsaved-changes flag go out;
 * documents opened from outside, close requests and notices come in.
 */
export function useDocumentSync(ctx: ActionContext | null): void {
  useEffect(() => {
    if (!ctx) return;
    const { editor, argmap } = ctx;
    let lastDirty = false;
    const reflect = () => {
      const state = editor.getState();
      const dirty = isDirty(state);
      // The window title shows bidirectional controls: a name must not reorder " — Argmap" around it.
      const title = `${dirty ? '● ' : ''}${shortenForDisplay(state.name)} — Argmap`;
      // The store changes on every selection and drag; a title set again costs the browser a round trip.
      if (document.title !== title) document.title = title;
      if (dirty !== lastDirty) {
        lastDirty = dirty;
        void argmap.window.setDirty({ dirty });
      }
    };
    reflect();
    const stops = [
      editor.subscribe(reflect),
      argmap.on('document:open', (document) => editor.getState().load(document)),
      argmap.on('window:closeRequested', () => void closeWindow(ctx)),
      argmap.on('app:notice', (notice) => editor.getState().showNotice(notice)),
    ];
    return () => {
      for (const stop of stops) stop();
    };
  }, [ctx]);
}
