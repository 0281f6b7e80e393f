import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import type { OpenResult } from '../../src-shared/ipc/contract';
import { mapPathsFromArgv } from '../app/argv';
import { DocumentService } from '../app/documentService';
import { ExportService } from '../app/exportService';
import { createHandlers } from '../app/handlers';
import { JournalStore } from '../app/journal';
import { sweepLeftovers } from '../app/launchSweep';
import { PresentationHub } from '../app/presentationHub';
import { createRecentFiles } from '../app/recentFiles';
import { recoverUnsaved } from '../app/recovery';
import { SessionRegistry } from '../app/sessions';
import { BackupStore } from '../files/backups';
import { nodeFileSystem } from '../files/fileSystem';
import { loadInterFonts } from '../files/interFonts';
import { isMapFileName } from '../files/mapFileName';
import { nodeSweepFileSystem } from '../files/sweepTempFiles';
import { watchFileInFolder } from '../files/watchFile';
import { trustedUrlMatcher } from '../ipc/handle';
import { windowStateStore } from '../windows/windowBounds';
import { registerAppScheme, serveAppProtocol } from './appProtocolHandler';
import { electronDialogs } from './electronDialogs';
import { electronWindows } from './electronWindows';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';
import { bundledMapPath, rendererRoot, rendererUrl, userDataFile } from './paths';
import { lockDownContents } from './security';

// A separate profile folder on request: tests, and people who keep a portable copy.
if (process.env.ARGMAP_USER_DATA_DIR) app.setPath('userData', process.env.ARGMAP_USER_DATA_DIR);
// The renderer's own scheme must be privileged before the app is ready; it is served once it is.
registerAppScheme();

// Files handed to us before the app is ready (macOS "open-file", the command line).
const pendingPaths: string[] = mapPathsFromArgv(process.argv, {
  cwd: process.cwd(),
  isDefaultApp: !!process.defaultApp,
});
let service: DocumentService | null = null;
/** Created once windows exist; a window that closes stops its running export. */
let exportService: ExportService | null = null;
// Set while a quit waits for windows to settle unsaved changes; cleared if the user cancels.
let quitting = false;

if (!app.requestSingleInstanceLock()) {
  // Another Argmap is running: it receives our command line through "second-instance".
  app.quit();
} else {
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (!isMapFileName(path)) return;
    if (service) void openAll([path]);
    else pendingPaths.push(path);
  });
  app.on('second-instance', (_event, argv, cwd) => {
    const paths = mapPathsFromArgv(argv, { cwd, isDefaultApp: !!process.defaultApp });
    if (paths.length > 0) void openAll(paths);
    else BrowserWindow.getAllWindows()[0]?.focus();
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
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, grant) => grant(false));
  session.defaultSession.setPermissionCheckHandler(() => false);

  const windowState = windowStateStore({ fs: nodeFileSystem, path: userDataFile('window-state.json') });
  let savedState = await windowState.load();
  const recent = createRecentFiles({
    fs: nodeFileSystem,
    storePath: userDataFile('recent-files.json'),
    onWriteError: (message) => console.warn(`[recent files] ${message}`),
  });
  const sessions = new SessionRegistry();
  const windows = electronWindows({
    mayClose: (id) => service?.mayClose(id) ?? true,
    closed: (id) => {
      sessions.remove(id);
      presentations.closed(id);
      exportService?.cancel(id);
    },
    renderCrashed: (id) => {
      if (sessions.has(id)) sessions.get(id).closeApproved = true;
    },
    savedState: () => savedState,
    stateChanged: (state) => {
      savedState = state;
      void windowState.save(state);
    },
  });

  const refreshMenu = async () => {
    const paths = await recent.list();
    Menu.setApplicationMenu(
      buildMenu(
        {
          runAction: (id) => BrowserWindow.getFocusedWindow()?.webContents.send('action:run', { id }),
          openRecent: (path) => void openAll([path]),
          clearRecent: () => void recent.clear().then(refreshMenu),
        },
        paths,
      ),
    );
  };

  const presentations = new PresentationHub(windows);
  const journal = new JournalStore(nodeFileSystem, userDataFile('journal'));
  service = new DocumentService({
    fs: nodeFileSystem,
    dialogs: electronDialogs,
    windows,
    journal,
    backups: new BackupStore(nodeFileSystem, userDataFile('backups')),
    watchFile: watchFileInFolder,
    recent: {
      list: () => recent.list(),
      add: async (path) => {
        await recent.add(path);
        app.addRecentDocument(path);
      },
      remove: (path) => recent.remove(path),
    },
    sessions,
    firstLaunchMapPath: bundledMapPath('article.argmap.json'),
    onRecentChanged: () => void refreshMenu(),
    onCloseCanceled: () => {
      quitting = false;
    },
  });
  const documents = service;
  exportService = new ExportService({
    fs: nodeFileSystem,
    dialogs: electronDialogs,
    windows,
    fonts: loadInterFonts,
  });
  registerIpc(
    createHandlers(documents, presentations, exportService),
    trustedUrlMatcher(rendererUrl()),
    async (id, path) => {
      const result = await documents.openDropped(id, path);
      await deliver(result, id);
      return result;
    },
  );
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
  const recovery = await recoverUnsaved({ journal, dialogs: electronDialogs });
  for (const recovered of recovery.restored) documents.openRecovered(recovered);
  if (pendingPaths.length > 0) await openAll(pendingPaths.splice(0));
  if (BrowserWindow.getAllWindows().length === 0) documents.newWindow(await documents.firstLaunchDocument());
  app.on('activate', async () => {
    if (BrowserWindow.getAllWindows().length === 0)
      documents.newWindow(await documents.firstLaunchDocument());
  });
}

/** Opens files from outside the app (command line, file manager, recent list). */
async function openAll(paths: string[]): Promise<void> {
  if (!service) return;
  const target = BrowserWindow.getFocusedWindow()?.id ?? null;
  for (const path of paths) await deliver(await service.openPath(path, target), target);
}

/** Shows the outcome of an open the page did not ask for: the document in its window, or what went wrong. */
async function deliver(result: OpenResult, target: number | null): Promise<void> {
  if (!service) return;
  if (result.status === 'opened' && target !== null) {
    BrowserWindow.fromId(target)?.webContents.send('document:open', result.document);
  }
  if (result.status !== 'failed') return;
  let windowId = target ?? BrowserWindow.getAllWindows()[0]?.id;
  if (windowId === undefined) windowId = service.newWindow(await service.firstLaunchDocument());
  const contents = BrowserWindow.fromId(windowId)?.webContents;
  const notify = () =>
    contents?.send('app:notice', { title: 'Could not open the map', message: result.message });
  if (contents?.isLoading()) contents.once('did-finish-load', notify);
  else notify();
}
