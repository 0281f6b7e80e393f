import { BrowserWindow } from 'electron';
import type { Windows } from '../app/ports';
import type { WindowState } from '../windows/windowBounds';
import { placePresentation } from './presentationDisplays';
import { createMapWindow } from './windowFactory';

export interface WindowHooks {
  /** Whether the window may close now (false: its renderer is asked to settle unsaved changes first). */
  mayClose(windowId: number): boolean;
  closed(windowId: number): void;
  renderCrashed(windowId: number): void;
  savedState(): WindowState | undefined;
  stateChanged(state: WindowState): void;
}

/** The Windows port over real BrowserWindows. */
export function electronWindows(hooks: WindowHooks): Windows {
  return {
    openPresenter(audienceId) {
      const window = createMapWindow({ savedState: undefined, onStateChanged: () => {}, view: 'presenter' });
      const stopPlacing = placePresentation(audienceId, window.id);
      const id = window.id;
      window.on('closed', () => {
        stopPlacing();
        hooks.closed(id);
      });
      return id;
    },
    open() {
      const window = createMapWindow({ savedState: hooks.savedState(), onStateChanged: hooks.stateChanged });
      const id = window.id;
      window.on('close', (event) => {
        if (!hooks.mayClose(id)) event.preventDefault();
      });
      window.on('closed', () => hooks.closed(id));
      window.webContents.on('render-process-gone', () => hooks.renderCrashed(id));
      return id;
    },
    focus(windowId) {
      const window = BrowserWindow.fromId(windowId);
      if (window?.isMinimized()) window.restore();
      window?.focus();
    },
    close(windowId) {
      BrowserWindow.fromId(windowId)?.close();
    },
    send(windowId, channel, payload) {
      const contents = BrowserWindow.fromId(windowId)?.webContents;
      // A window still loading would miss the event: it is sent once the page is there.
      if (contents?.isLoading()) contents.once('did-finish-load', () => contents.send(channel, payload));
      else contents?.send(channel, payload);
    },
    setFullScreen(windowId, on) {
      const window = BrowserWindow.fromId(windowId);
      if (window && window.isFullScreen() !== on) window.setFullScreen(on);
    },
    setInterfaceSize(windowId, factor) {
      BrowserWindow.fromId(windowId)?.webContents.setZoomFactor(factor);
    },
    setEdited(windowId, edited) {
      BrowserWindow.fromId(windowId)?.setDocumentEdited(edited);
    },
  };
}
