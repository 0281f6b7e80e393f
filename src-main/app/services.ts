import { join } from 'node:path';
import { z } from 'zod';
import type { InterFonts } from '../../src-shared/export/interFonts';
import { DROP_CHANNEL, INVOKE_CHANNELS, type InvokeChannel } from '../../src-shared/ipc/channels';
import type { OpenResult } from '../../src-shared/ipc/contract';
import { BackupStore } from '../files/backups';
import type { FileSystem } from '../files/fileSystem';
import { guardHandler, guardRequest, type SenderFrame } from '../ipc/handle';
import { DocumentService } from './documentService';
import { type Clipboard, ExportService } from './exportService';
import { routeOf } from './fileRoute';
import { createHandlers } from './handlers';
import { JournalStore } from './journal';
import type { Dialogs, WatchFile, Windows } from './ports';
import { PresentationHub } from './presentationHub';
import { createRecentFiles } from './recentFiles';
import { SessionRegistry } from './sessions';

/** What the platform (Electron, or the end-to-end harness) gives main's services. */
export interface Platform {
  fs: FileSystem;
  dialogs: Dialogs;
  windows: Windows;
  clipboard: Clipboard;
  watchFile: WatchFile;
  fonts: () => Promise<InterFonts>;
  /** The app's data folder: journal, backups, recent files. */
  dataFolder: string;
  /** The bundled map shown at first launch. */
  firstLaunchMapPath: string;
  /** The focused window, or else any open one; undefined when none is open. */
  someWindow: () => number | undefined;
  /** Whether a page address is our renderer's (the bundle, or the dev server). */
  isTrustedUrl: (url: string) => boolean;
  /** A map was opened or saved: the operating system's own recent list hears of it too. */
  noteRecentDocument?: (path: string) => void;
  onRecentChanged?: () => void;
  onCloseCanceled?: () => void;
}

/** A request as it reaches main: who sent it and its raw arguments. */
export type GuardedHandler = (sender: SenderFrame, args: unknown[]) => Promise<unknown>;

/** A dropped file's path, from the preload (the page never sees it). */
const droppedPath = z.tuple([z.string().min(1).max(4096)]);

/**
 * Main's services, built in one place for the app and for the end-to-end harness, so the wiring the
 * tests run is the wiring users run. Returns the guarded handler of every channel (the contract's and
 * the preload's drop), keyed by channel, and what the platform's window code reports back.
 */
export function createServices(platform: Platform) {
  const { fs, dialogs, windows } = platform;
  const sessions = new SessionRegistry();
  const journal = new JournalStore(fs, join(platform.dataFolder, 'journal'));
  const recent = createRecentFiles({
    fs,
    storePath: join(platform.dataFolder, 'recent-files.json'),
    onWriteError: (message) => console.warn(`[recent files] ${message}`),
  });
  const presentations = new PresentationHub(windows);
  const documents = new DocumentService({
    fs,
    dialogs,
    windows,
    journal,
    backups: new BackupStore(fs, join(platform.dataFolder, 'backups')),
    watchFile: platform.watchFile,
    recent: {
      list: () => recent.list(),
      add: async (path) => {
        await recent.add(path);
        platform.noteRecentDocument?.(path);
      },
      remove: (path) => recent.remove(path),
    },
    sessions,
    firstLaunchMapPath: platform.firstLaunchMapPath,
    ...(platform.onRecentChanged ? { onRecentChanged: platform.onRecentChanged } : {}),
    ...(platform.onCloseCanceled ? { onCloseCanceled: platform.onCloseCanceled } : {}),
  });
  const exports = new ExportService({
    fs,
    dialogs,
    windows,
    fonts: platform.fonts,
    clipboard: platform.clipboard,
  });
  const handlers = createHandlers(documents, presentations, exports, windows);

  const guarded: Record<string, GuardedHandler> = {};
  for (const channel of INVOKE_CHANNELS) {
    guarded[channel] = guardHandler(
      channel as InvokeChannel,
      handlers[channel] as never,
      platform.isTrustedUrl,
    );
  }
  /** Shows the outcome of an open the page did not ask for: the document in its window, or what went wrong. */
  async function deliver(result: OpenResult, target: number | null): Promise<void> {
    if (result.status === 'opened' && target !== null) windows.send(target, 'document:open', result.document);
    if (result.status !== 'failed') return;
    const windowId =
      target ?? platform.someWindow() ?? documents.newWindow(await documents.firstLaunchDocument());
    windows.send(windowId, 'app:notice', { title: 'Could not open the map', message: result.message });
  }

  guarded[DROP_CHANNEL] = guardRequest(
    DROP_CHANNEL,
    droppedPath,
    platform.isTrustedUrl,
    async ({ windowId }, path) => {
      const result = await documents.openAnyFile(windowId, path);
      await deliver(result, windowId);
      return result;
    },
  );

  async function openPaths(paths: readonly string[], target: number | null): Promise<void> {
    for (const path of paths) await deliver(await documents.openPath(path, target), target);
  }

  return {
    windows,
    sessions,
    journal,
    recent,
    documents,
    presentations,
    exports,
    guarded,
    /** Opens files from outside the app (command line, file manager, recent list) beside `target`. */
    openPaths,
    /** File → Open with no window open (macOS): the dialog stands alone, the map gets a window. */
    async openFromDialog(): Promise<void> {
      const path = await dialogs.chooseMapToOpen(null);
      if (path === null) return;
      // An article is imported in a window of its own, which shows the progress.
      const windowId = routeOf(path) === 'article' ? documents.newWindow() : null;
      await deliver(await documents.openAnyFile(windowId, path), windowId);
    },
    /** Whether a window may close now (false: its page is asked to settle unsaved changes first). */
    mayClose: (windowId: number) => documents.mayClose(windowId),
    /** A window is gone: its session, its presentation and its running export go with it. */
    windowClosed(windowId: number) {
      sessions.remove(windowId);
      presentations.closed(windowId);
      exports.cancel(windowId);
    },
    /** A window's page crashed: it may close without asking about changes it can no longer save. */
    renderCrashed(windowId: number) {
      if (sessions.has(windowId)) sessions.get(windowId).closeApproved = true;
    },
  };
}

export type Services = ReturnType<typeof createServices>;
