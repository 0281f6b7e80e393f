import type { CloseChoice, DocumentPayload, EventPayloads } from '../../src-shared/ipc/contract';

export type ImageFormat = 'svg' | 'png' | 'pdf' | 'html';
/** A format File → Export… writes as text (Argdown, AIF, a Markdown outline, JSON Canvas). */
export type TextFormat = 'argdown' | 'aif' | 'markdown' | 'canvas';

/** The native dialogs main needs. Electron implements them; tests script the answers. */
export interface Dialogs {
  /** `windowId` null: no window is open (macOS), so the dialog stands alone. */
  chooseMapToOpen(windowId: number | null): Promise<string | null>;
  chooseSavePath(windowId: number, suggestedName: string): Promise<string | null>;
  confirmClose(windowId: number, name: string): Promise<CloseChoice>;
  /** Where to write an exported image; `suggestedName` already ends in the format's extension. */
  chooseExportPath(
    windowId: number,
    suggestedName: string,
    format: ImageFormat | TextFormat,
  ): Promise<string | null>;
  /** A file in another format (Argdown, AIF, a Markdown outline, JSON Canvas) to import as a new map. */
  chooseMapToImport(windowId: number): Promise<string | null>;
  /**
   * At launch, for a document a crash left unsaved: restore it, discard it, or show its journal file.
   * For a damaged entry (`problem` set) only Discard and Show apply; Restore is taken as Show.
   */
  askRecovery(unsaved: UnsavedDocument): Promise<RecoveryChoice>;
  /** An article to make a new map of (a web page, PDF, Word, Markdown or text file). */
  chooseArticleToImport(windowId: number): Promise<string | null>;
  /** Shows a file in the system's file manager. */
  showFile(path: string): void;
  /** The window's file was changed or removed by another program: what to do about it. */
  askFileChanged(windowId: number, change: FileChange): Promise<FileChangeChoice>;
}

export interface FileChange {
  name: string;
  path: string;
  kind: 'modified' | 'missing';
  /** Noticed while saving (the save waits for the answer), or by watching the file. */
  during: 'save' | 'watch';
}

/**
 * `overwrite` keeps the window's version (a save writes it over the file); `reload` takes the file's;
 * `saveAs` keeps both, the window's under a new name; `cancel` (a save only) writes nothing.
 */
export type FileChangeChoice = 'overwrite' | 'reload' | 'saveAs' | 'cancel';

/** Watches a file for changes made by others; returns a function that stops watching. */
export type WatchFile = (path: string, onChange: () => void) => () => void;

export type RecoveryChoice = 'restore' | 'discard' | 'show';

export interface UnsavedDocument {
  name: string;
  /** The file it belongs to, or null when it was never saved. */
  filePath: string | null;
  /** When its last state was kept (ms since the epoch). */
  savedAt: number;
  /**
   * Set when the entry cannot be restored: the entry's file name and what is wrong with it
   * ("….journal.json: it is cut short or damaged (it is not complete JSON)."). Names come shortened.
   */
  problem?: string;
}

/** The windows main manages. */
export interface Windows {
  /** Opens a new window showing a document; returns its id. */
  open(document: DocumentPayload, filePath: string | null): number;
  focus(windowId: number): void;
  /** Closes a window without asking again. */
  close(windowId: number): void;
  send<C extends keyof EventPayloads>(windowId: number, channel: C, payload: EventPayloads[C]): void;
  /** Shows whether the window has unsaved changes (the macOS close button's dot). */
  setEdited(windowId: number, edited: boolean): void;
  /** Puts a window in or out of full screen. */
  setFullScreen?(windowId: number, on: boolean): void;
  /** Zooms a window's page by `factor` (1 is normal): the interface's size. */
  setInterfaceSize?(windowId: number, factor: number): void;
  /** Opens the presenter's window for a presentation shown in `audienceId`; returns its id. */
  openPresenter(audienceId: number): number;
}

/** The recently opened files, most recent first. */
export interface RecentFiles {
  list(): Promise<string[]>;
  add(path: string): Promise<void>;
  remove(path: string): Promise<void>;
}
