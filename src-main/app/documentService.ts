import type {
  BackupList,
  ComparedMap,
  DocumentPayload,
  OpenResult,
  ReplacementResult,
  RevertResult,
  SaveResult,
} from '../../src-shared/ipc/contract';
import { loadMapFromBytes } from '../../src-shared/load/loadMap';
import { createArticleMap } from '../../src-shared/model/articleMap';
import type { ArgMap } from '../../src-shared/model/map';
import { createNewMap } from '../../src-shared/model/newMap';
import { shortenForDisplay } from '../../src-shared/text/shortenForDisplay';
import type { BackupStore } from '../files/backups';
import { errorCode } from '../files/describeFsError';
import type { FileSystem } from '../files/fileSystem';
import { displayName, ensureMapExtension, suggestFileName } from '../files/mapFileName';
import { readForeignFile } from '../files/readForeignFile';
import { readMapFile } from '../files/readMapFile';
import { fromPaste } from '../import/fromPaste';
import { ArticleImports } from './articleImports';
import { FileChangeWatch } from './fileChangeWatch';
import { routeOf } from './fileRoute';
import type { JournalStore } from './journal';
import { titleOfMapText } from './mapTitle';
import { MapWriter } from './mapWriter';
import type { Dialogs, RecentFiles, WatchFile, Windows } from './ports';
import type { RecoveredDocument } from './recovery';
import type { SessionRegistry } from './sessions';

export interface DocumentServiceDeps {
  fs: FileSystem;
  dialogs: Dialogs;
  windows: Windows;
  recent: RecentFiles;
  sessions: SessionRegistry;
  /** The bundled map shown at first launch, as an untitled copy. */
  firstLaunchMapPath: string;
  /** Called when the list of recent files changes (the menu shows it). */
  onRecentChanged?: () => void;
  /** Called when the user keeps a window open after all (Cancel in the unsaved-changes question). */
  onCloseCanceled?: () => void;
  /** Where unsaved documents are kept against a crash. */
  journal?: JournalStore;
  /** Where the versions a save replaces are kept. */
  backups?: BackupStore;
  /** Watches open files for changes made by other programs. */
  watchFile?: WatchFile;
}

/**
 * Opening, saving and granting files for windows. The renderer never names a path: it asks for
 * "open", "save" or "save as", and the path comes from a dialog, a recent file, the command line or a drop.
 */
export class DocumentService {
  readonly #deps: DocumentServiceDeps;
  readonly #imports: ArticleImports;
  readonly #watch: FileChangeWatch;
  readonly #writer: MapWriter;

  constructor(deps: DocumentServiceDeps) {
    this.#deps = deps;
    this.#imports = new ArticleImports(deps.fs, deps.windows);
    this.#watch = new FileChangeWatch(deps);
    this.#writer = new MapWriter(deps, this.#watch, (path) => this.#remember(path));
  }

  initialDocument(windowId: number): DocumentPayload {
    return this.#deps.sessions.get(windowId).document;
  }

  /** The document a window opens with when no file was given: the bundled map as an untitled copy. */
  async firstLaunchDocument(): Promise<DocumentPayload> {
    const bundled = await readMapFile(this.#deps.fs, this.#deps.firstLaunchMapPath);
    return bundled.ok ? { ...untitled(bundled.map), fileBytes: bundled.fileBytes } : untitled(createNewMap());
  }

  newWindow(document: DocumentPayload = untitled(createNewMap())): number {
    const windowId = this.#deps.windows.open(document, null);
    this.#deps.sessions.open(windowId, document, null);
    return windowId;
  }

  /** File → New Map from Article…: the article the user picks becomes the source of a new map. */
  async newFromArticle(windowId: number): Promise<OpenResult> {
    const path = await this.#deps.dialogs.chooseArticleToImport(windowId);
    if (path === null) return { status: 'canceled' };
    return this.openArticle(path, windowId);
  }

  /** Imports an article into a new, untitled map: in the requesting window when it is pristine. */
  async openArticle(path: string, windowId: number): Promise<OpenResult> {
    const imported = await this.#imports.run(windowId, path);
    return imported.status === 'opened' ? this.#openImported(windowId, imported) : imported;
  }

  /** Edit → Paste as New Map: the clipboard's text or HTML as the source of a new map. */
  openPasted(windowId: number, pasted: { text: string; html?: string }): OpenResult {
    const imported = fromPaste(pasted);
    if (!imported.ok) return { status: 'failed', message: imported.message };
    const map = createArticleMap(imported.article, 'Pasted article');
    return this.#openImported(windowId, {
      status: 'opened',
      document: { map, name: map.title, hasFile: false },
    });
  }

  #openImported(windowId: number, imported: { status: 'opened'; document: DocumentPayload }): OpenResult {
    if (this.#deps.sessions.isPristine(windowId)) {
      this.#watch.bind(windowId, this.#deps.sessions.open(windowId, imported.document, null), null);
      return imported;
    }
    this.newWindow(imported.document);
    return { status: 'openedInOtherWindow' };
  }

  /** Map → Replace Source…: the text of a new version of the article; the window re-anchors the map. */
  async importReplacement(windowId: number): Promise<ReplacementResult> {
    const path = await this.#deps.dialogs.chooseArticleToImport(windowId);
    if (path === null) return { status: 'canceled' };
    const imported = await this.#imports.read(windowId, path);
    return imported.status === 'read' ? { status: 'imported', text: imported.article.text } : imported;
  }

  cancelImport(windowId: number): void {
    this.#imports.cancel(windowId);
  }

  async openFromDialog(windowId: number): Promise<OpenResult> {
    const path = await this.#deps.dialogs.chooseMapToOpen(windowId);
    if (path === null) return { status: 'canceled' };
    return this.openAnyFile(windowId, path);
  }

  /** Reads a map the user chooses to compare the window's map with; it is not opened for editing. */
  async chooseMapToCompare(windowId: number): Promise<ComparedMap> {
    const path = await this.#deps.dialogs.chooseMapToOpen(windowId);
    if (path === null) return { status: 'canceled' };
    const loaded = await readMapFile(this.#deps.fs, path);
    return loaded.ok
      ? { status: 'opened', name: loaded.name, map: loaded.map }
      : { status: 'failed', message: loaded.message };
  }

  /**
   * Opens a file dropped on a window or chosen in File → Open, as its name says it should be opened; with
   * no window to ask (macOS), maps get a window of their own, and an article a new untitled one.
   */
  async openAnyFile(windowId: number | null, path: string): Promise<OpenResult> {
    switch (routeOf(path)) {
      case 'map':
        return this.openPath(path, windowId);
      case 'article':
        return this.openArticle(path, windowId ?? this.newWindow());
      case 'foreign':
        return this.importPath(path, windowId);
      case 'unknown':
        return {
          status: 'failed',
          message: `"${shortenForDisplay(displayName(path))}" is not an Argmap map (a map's name ends in .argmap.json; an exported PNG or SVG can carry one).`,
        };
    }
  }

  async importFromDialog(windowId: number): Promise<OpenResult> {
    const path = await this.#deps.dialogs.chooseMapToImport(windowId);
    return path === null ? { status: 'canceled' } : this.importPath(path, windowId);
  }

  /**
   * Imports a file in another format as an untitled map (Save never writes JSON over the foreign file),
   * in the requesting window when it is untitled and unedited, else in a new one. The window says what
   * the import did not carry over.
   */
  async importPath(path: string, requestingWindowId: number | null): Promise<OpenResult> {
    const read = await readForeignFile(this.#deps.fs, path);
    if (!read.ok) return { status: 'failed', message: read.message };
    const document: DocumentPayload = {
      ...untitled(read.map),
      ...(read.warnings.length > 0 && {
        notice: {
          title: `Imported "${displayName(path)}"`,
          message: ['Not carried over:', ...read.warnings.map((w) => `- ${w}`)].join('\n'),
        },
      }),
    };
    const { sessions, windows } = this.#deps;
    if (requestingWindowId !== null && sessions.isPristine(requestingWindowId)) {
      this.#watch.bind(requestingWindowId, sessions.open(requestingWindowId, document, null), null);
      return { status: 'opened', document };
    }
    const windowId = windows.open(document, null);
    sessions.open(windowId, document, null);
    return { status: 'openedInOtherWindow' };
  }

  /**
   * Opens a file: focuses the window already showing it, replaces the requesting window's
   * document when that window is untitled and unedited, and otherwise opens a new window.
   */
  async openPath(path: string, requestingWindowId: number | null): Promise<OpenResult> {
    const { sessions, windows } = this.#deps;
    const showing = sessions.windowShowing(path);
    if (showing !== undefined) {
      windows.focus(showing);
      return showing === requestingWindowId ? { status: 'canceled' } : { status: 'openedInOtherWindow' };
    }
    const loaded = await readMapFile(this.#deps.fs, path);
    if (!loaded.ok) {
      if (await this.#isGone(path)) await this.#deps.recent.remove(path);
      return { status: 'failed', message: loaded.message };
    }
    // A map taken out of an exported image opens untitled: Save must not write JSON over the image.
    const filePath = loaded.fromImage ? null : path;
    const document: DocumentPayload = {
      map: loaded.map,
      name: loaded.name,
      hasFile: filePath !== null,
      fileBytes: loaded.fileBytes,
    };
    await this.#remember(path);
    if (requestingWindowId !== null && sessions.isPristine(requestingWindowId)) {
      this.#watch.bind(
        requestingWindowId,
        sessions.open(requestingWindowId, document, filePath),
        loaded.identity,
      );
      return { status: 'opened', document };
    }
    const windowId = windows.open(document, filePath);
    this.#watch.bind(windowId, sessions.open(windowId, document, filePath), loaded.identity);
    return { status: 'openedInOtherWindow' };
  }

  async save(windowId: number, text: string): Promise<SaveResult> {
    const session = this.#deps.sessions.get(windowId);
    if (session.filePath === null)
      return this.saveAs(windowId, text, titleOfMapText(text) ?? session.document.map.title);
    return this.#writer.write(windowId, session.filePath, text);
  }

  /** `title` is the map's title; the dialog suggests a file name made from it. */
  async saveAs(windowId: number, text: string, title: string): Promise<SaveResult> {
    const chosen = await this.#deps.dialogs.chooseSavePath(windowId, suggestFileName(title));
    if (chosen === null) return { status: 'canceled' };
    return this.#writer.write(windowId, ensureMapExtension(chosen), text);
  }

  setDirty(windowId: number, dirty: boolean): void {
    const session = this.#deps.sessions.get(windowId);
    session.dirty = dirty;
    if (dirty) session.closeApproved = false;
    // Saved, or undone back to what was saved: nothing is left to recover.
    else void this.#deps.journal?.remove(session.journalKey);
    this.#deps.windows.setEdited(windowId, dirty);
  }

  /** The earlier versions kept of the window's file, newest first. */
  async listBackups(windowId: number): Promise<BackupList> {
    const { filePath } = this.#deps.sessions.get(windowId);
    if (filePath === null) {
      return {
        status: 'failed',
        message: 'This map has not been saved to a file yet, so it has no backups.',
      };
    }
    return {
      status: 'listed',
      name: displayName(filePath),
      backups: (await this.#deps.backups?.list(filePath)) ?? [],
    };
  }

  /** Replaces the window's document by a kept version of its file, as unsaved changes (Save makes it the file). */
  async revertToBackup(windowId: number, id: string): Promise<RevertResult> {
    const session = this.#deps.sessions.get(windowId);
    const bytes = session.filePath === null ? null : await this.#deps.backups?.read(session.filePath, id);
    if (!bytes) return { status: 'failed', message: 'That backup is no longer there.' };
    const loaded = loadMapFromBytes(bytes);
    if (!loaded.ok) {
      const first = loaded.errors[0];
      return {
        status: 'failed',
        message: `The backup could not be opened: ${first?.pointer} ${first?.message}`,
      };
    }
    const document: DocumentPayload = { map: loaded.value, name: session.name, hasFile: true, unsaved: true };
    session.document = document;
    this.setDirty(windowId, true);
    return { status: 'reverted', document };
  }

  /** Keeps the window's unsaved document in the crash-recovery journal. */
  async keepUnsaved(windowId: number, text: string): Promise<void> {
    const session = this.#deps.sessions.get(windowId);
    if (!session.dirty) return;
    await this.#deps.journal?.write(session.journalKey, {
      filePath: session.filePath,
      name: session.name,
      savedAt: Date.now(),
      text,
      identity: session.identity,
    });
  }

  /** Opens a document restored from the journal: unsaved, bound to its file if it had one. */
  openRecovered(recovered: RecoveredDocument, windowId?: number): number {
    const { sessions, windows } = this.#deps;
    const id = windowId ?? windows.open(recovered.document, recovered.filePath);
    const session = sessions.open(id, recovered.document, recovered.filePath, recovered.journalKey);
    // The file as the document last had it, before the crash: a save asks if another program changed it since.
    this.#watch.bind(id, session, recovered.identity);
    windows.setEdited(id, true);
    return id;
  }

  /** The window's unsaved changes are settled (saved or discarded): let it close. */
  approveClose(windowId: number): void {
    const session = this.#deps.sessions.get(windowId);
    session.closeApproved = true;
    void this.#deps.journal?.remove(session.journalKey);
    this.#deps.windows.close(windowId);
  }

  async confirmClose(windowId: number) {
    const choice = await this.#deps.dialogs.confirmClose(
      windowId,
      shortenForDisplay(this.#deps.sessions.get(windowId).name),
    );
    if (choice === 'cancel') this.#deps.onCloseCanceled?.();
    return choice;
  }

  /** Whether a window may close now; otherwise its renderer is asked to settle its unsaved changes. */
  mayClose(windowId: number): boolean {
    const { sessions, windows } = this.#deps;
    if (!sessions.has(windowId)) return true;
    const session = sessions.get(windowId);
    if (!session.dirty || session.closeApproved) return true;
    windows.send(windowId, 'window:closeRequested', {});
    return false;
  }

  /** Only a file that no longer exists leaves the recent list; one that is briefly unreadable stays. */
  async #isGone(path: string): Promise<boolean> {
    try {
      await this.#deps.fs.stat(path);
      return false;
    } catch (error) {
      return errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR';
    }
  }

  async #remember(path: string): Promise<void> {
    await this.#deps.recent.add(path);
    this.#deps.onRecentChanged?.();
  }
}

export function untitled(map: ArgMap): DocumentPayload {
  return { map, name: map.title || 'Untitled map', hasFile: false };
}
