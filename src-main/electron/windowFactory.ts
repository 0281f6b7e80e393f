import { BrowserWindow, screen } from 'electron';
import { cascade, restoreBounds, type WindowState } from '../windows/windowBounds';
import { preloadPath, rendererUrl } from './paths';
import { spellcheckHere } from './quietNetwork';

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
      // Only where the system checks spelling without downloading dictionaries (quietNetwork.ts).
      spellcheck: spellcheckHere(),
    },
  });

  // Navigation, new windows and webviews are refused for every web contents in security.ts.
  // maximize() shows a hidden window: it waits, like show(), until the page is drawn.
  window.once('ready-to-show', () => {
    if (savedState?.maximized) window.maximize();
    window.show();
  });
  rememberPlacement(window, onStateChanged);
  void window.loadURL(view === 'presenter' ? `${rendererUrl()}#presenter` : rendererUrl());
  return window;
}

/** Saves are this long after the last move or resize (a drag sends a stream of events). */
export const PLACEMENT_SETTLE_MS = 400;

/**
 * Remembers the window's size and place. 'resize' and 'move' fire on every platform ('resized' and
 * 'moved' only on macOS and Windows), so they are used, settled; closing saves at once.
 */
function rememberPlacement(window: BrowserWindow, onStateChanged: (state: WindowState) => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const remember = () => {
    clearTimeout(timer);
    if (window.isDestroyed() || window.isMinimized() || window.isFullScreen()) return;
    // A maximized window remembers the size it returns to, as well as that it was maximized.
    const bounds = window.isMaximized() ? window.getNormalBounds() : window.getBounds();
    onStateChanged({ bounds, maximized: window.isMaximized() });
  };
  const settle = () => {
    clearTimeout(timer);
    timer = setTimeout(remember, PLACEMENT_SETTLE_MS);
  };
  window.on('resize', settle);
  window.on('move', settle);
  window.on('maximize', remember);
  window.on('unmaximize', remember);
  window.on('close', remember);
}
