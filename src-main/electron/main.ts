import { join } from 'node:path';
import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import { mapPathsFromArgv } from '../app/argv';
import { sweepLeftovers } from '../app/launchSweep';
import { recoverUnsaved } from '../app/recovery';
import { createServices, type Services } from '../app/services';
import { nodeFileSystem } from '../files/fileSystem';
import { loadInterFonts } from '../files/interFonts';
import { isMapFileName } from '../files/mapFileName';
import { nodeSweepFileSystem } from '../files/sweepTempFiles';
import { watchFileInFolder } from '../files/watchFile';
import { trustedUrlMatcher } from '../ipc/handle';
import { windowStateStore } from '../windows/windowBounds';
import { registerAppScheme, serveAppProtocol } from './appProtocolHandler';
import { electronClipboard } from './electronClipboard';
import { electronDialogs } from './electronDialogs';
import { electronWindows } from './electronWindows';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';
import { bundledMapPath, rendererRoot, rendererUrl, userDataFile } from './paths';
import { quietChromium, quietSession } from './quietNetwork';
import { lockDownContents } from './security';

// A separate profile folder on request (tests, a portable copy); development runs keep their own, so
// `npm start` neither shares an installed Argmap's maps and settings nor its single-instance lock.
if (process.env.ARGMAP_USER_DATA_DIR) app.setPath('userData', process.env.ARGMAP_USER_DATA_DIR);
else if (!app.isPackaged)
  app.setPath('userData', join(app.getPath('appData'), `${app.getName()} Development`));
quietChromium();
// The renderer's own scheme must be privileged before the app is ready; it is served once it is.
registerAppScheme();

// Files handed to us before the services exist (macOS "open-file", the command line, a second launch).
const pendingPaths: string[] = mapPathsFromArgv(process.argv, {
  cwd: process.cwd(),
  isDefaultApp: !!process.defaultApp,
});
let services: Services | null = null;
// Set while a quit waits for windows to settle unsaved changes; cleared if the user cancels.
let quitting = false;

/** Opens files from outside the app beside the focused window, or keeps them until the app is ready. */
function openAll(paths: string[]): void {
  if (!services) pendingPaths.push(...paths);
  else void services.openPaths(paths, BrowserWindow.getFocusedWindow()?.id ?? null);
}

if (!app.requestSingleInstanceLock()) {
  // Another Argmap is running: it receives our command line through "second-instance".
  app.quit();
} else {
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (isMapFileName(path)) openAll([path]);
  });
  app.on('second-instance', (_event, argv, cwd) => {
    const paths = mapPathsFromArgv(argv, { cwd, isDefaultApp: !!process.defaultApp });
    if (paths.length > 0) openAll(paths);
    else {
      const first = BrowserWindow.getAllWindows()[0];
      if (first) services?.windows.focus(first.id);
    }
  });
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' || quitting) app.quit();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      // Nothing can be shown yet: say what broke in a native box rather than leave a silent, windowless app.
      dialog.showErrorBox(
        'Argmap could not start',
        error instanceof Error ? (error.stack ?? error.message) : String(error),
      );
      app.exit(1);
    });
}

async function start(): Promise<void> {
  serveAppProtocol(rendererRoot());
  quietSession(session.defaultSession);
  // Full screen and the clipboard are main's to grant (setFullScreen, the clipboard module): pages get nothing.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, grant) => grant(false));
  session.defaultSession.setPermissionCheckHandler(() => false);

  const windowState = windowStateStore({ fs: nodeFileSystem, path: userDataFile('window-state.json') });
  let savedState = await windowState.load();
  const windows = electronWindows({
    mayClose: (id) => services?.mayClose(id) ?? true,
    closed: (id) => services?.windowClosed(id),
    renderCrashed: (id) => services?.renderCrashed(id),
    savedState: () => savedState,
    stateChanged: (state) => {
      savedState = state;
      void windowState.save(state);
    },
  });
  const ready = createServices({
    fs: nodeFileSystem,
    dialogs: electronDialogs,
    windows,
    clipboard: electronClipboard,
    watchFile: watchFileInFolder,
    fonts: loadInterFonts,
    dataFolder: app.getPath('userData'),
    firstLaunchMapPath: bundledMapPath('article.argmap.json'),
    someWindow: () => (BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0])?.id,
    isTrustedUrl: trustedUrlMatcher(rendererUrl()),
    noteRecentDocument: (path) => app.addRecentDocument(path),
    onRecentChanged: () => void refreshMenu(),
    onCloseCanceled: () => {
      quitting = false;
    },
  });
  services = ready;
  const { documents, recent } = ready;
  registerIpc(ready.guarded);

  async function refreshMenu(): Promise<void> {
    Menu.setApplicationMenu(
      buildMenu(
        {
          runAction: (id, viaKey) => {
            const focused = BrowserWindow.getFocusedWindow();
            if (focused) focused.webContents.send('action:run', { id, viaKey });
            // macOS keeps running with no window: New and Open still work from the menu.
            else if (id === 'file.new') documents.newWindow();
            else if (id === 'file.open') void ready.openFromDialog();
          },
          openRecent: (path) => openAll([path]),
          clearRecent: () => void recent.clear().then(refreshMenu),
        },
        await recent.list(),
      ),
    );
  }
  await refreshMenu();

  // Temporary files of saves a crash interrupted are swept, in the background.
  void sweepLeftovers(
    { fs: nodeFileSystem, sweepFs: nodeSweepFileSystem },
    [...(await recent.list()), ...pendingPaths],
    app.getPath('userData'),
  ).then((swept) => {
    for (const { path, message } of swept.failed) console.warn(`[sweep] ${path}: ${message}`);
  });
  // What a crash left unsaved comes first, before files named on the command line.
  const recovery = await recoverUnsaved({ journal: ready.journal, dialogs: electronDialogs });
  for (const recovered of recovery.restored) documents.openRecovered(recovered);
  if (pendingPaths.length > 0) await ready.openPaths(pendingPaths.splice(0), null);
  if (BrowserWindow.getAllWindows().length === 0) documents.newWindow(await documents.firstLaunchDocument());
  app.on('activate', async () => {
    if (BrowserWindow.getAllWindows().length === 0)
      documents.newWindow(await documents.firstLaunchDocument());
  });
}
