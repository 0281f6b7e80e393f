import { BrowserWindow, screen } from 'electron';
import { cascade, restoreBounds, type WindowState } from '../windows/windowBounds';
import { preloadPath, rendererUrl } from './paths';

export interface MapWindowOptions {
  savedState: WindowState | undefined;
  onStateChanged: (state: WindowState) => void;
  /** Which view of the renderer the window shows: the editor, or a presenter's view of a presentation. */
  view?: 'editor' | 'presenter';
}

const DEFAULT_SIZE = { width: 1280, height: 820 };

/**
 * The one place windows are made, so every window gets the same locked-down settings:
 * an isolated, sandboxed renderer without Node, that cannot navigate away or open windows.
 */
export function createMapWindow({
  savedState,
  onStateChanged,
  view = 'editor',
}: MapWindowOptions): BrowserWindow {
  const displays = screen.getAllDisplays().map((display) => ({ workArea: display.workArea }));
  const others = BrowserWindow.getAllWindows().map((window) => window.getBounds());
  const restored = restoreBounds(savedState?.bounds, displays, DEFAULT_SIZE);
  const bounds = cascade(restored, others, screen.getDisplayMatching(restored).workArea);
  const window = new BrowserWindow({
    ...bounds,
    minWidth: 640,
    minHeight: 420,
    show: false,
    backgroundColor: '#f7f7f5',
    title: 'Argmap',
    webPreferences: {
      preload: preloadPath(),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // No auxclick events: a middle click on a link cannot start a navigation of its own.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  });

  // Navigation, new windows and webviews are refused for every web contents in security.ts.
  if (savedState?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  const remember = () => {
    if (window.isMinimized() || window.isFullScreen()) return;
    // A maximized window remembers the size it returns to, as well as that it was maximized.
    const bounds = window.isMaximized() ? window.getNormalBounds() : window.getBounds();
    onStateChanged({ bounds, maximized: window.isMaximized() });
  };
  for (const event of ['resized', 'moved', 'maximize', 'unmaximize'] as const)
    window.on(event as 'resized', remember);
  void window.loadURL(view === 'presenter' ? `${rendererUrl()}#presenter` : rendererUrl());
  return window;
}
