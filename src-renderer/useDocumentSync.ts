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
    let shown: { name: string; dirty: boolean } | null = null;
    // The store changes on every selection, drag and fold: the title and the flag change far more rarely.
    const reflect = () => {
      const state = editor.getState();
      const dirty = isDirty(state);
      if (shown?.name === state.name && shown.dirty === dirty) return;
      // A window starts clean: main hears of the flag when it first differs from that.
      const dirtyChanged = dirty !== (shown?.dirty ?? false);
      shown = { name: state.name, dirty };
      // The window title shows bidirectional controls: a name must not reorder " — Argmap" around it.
      document.title = `${dirty ? '● ' : ''}${shortenForDisplay(state.name)} — Argmap`;
      if (dirtyChanged) void argmap.window.setDirty({ dirty });
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
