import type { DocumentPayload } from '../../src-shared/ipc/contract';
import type { FileIdentity } from '../files/fileIdentity';
import { newJournalKey } from './journal';

/** What main keeps for each window's document. The renderer holds the map; main holds the file grant. */
export interface DocumentSession {
  /** The file this window may save to, granted by a dialog, a recent file, the command line or a drop. */
  filePath: string | null;
  name: string;
  dirty: boolean;
  /** Set when the user has settled unsaved changes, so the next close goes through. */
  closeApproved: boolean;
  /** The document this window shows when its page (re)loads. */
  document: DocumentPayload;
  /** Names this session's crash-recovery journal entry (a restored session keeps its entry's key). */
  journalKey: string;
  /** The file as this window last read or wrote it: a save checks it is still what is on disk. */
  identity: FileIdentity | null;
  /** Stops watching the file for changes made by other programs. */
  unwatch?: () => void;
}

/** The sessions of all open windows, by window id. */
export class SessionRegistry {
  readonly #sessions = new Map<number, DocumentSession>();

  open(
    windowId: number,
    document: DocumentPayload,
    filePath: string | null,
    journalKey: string = newJournalKey(),
  ): DocumentSession {
    const session: DocumentSession = {
      filePath,
      name: document.name,
      dirty: document.unsaved === true,
      closeApproved: false,
      document,
      journalKey,
      identity: null,
    };
    this.#sessions.set(windowId, session);
    return session;
  }

  get(windowId: number): DocumentSession {
    const session = this.#sessions.get(windowId);
    if (!session) throw new Error(`No document session for window ${windowId}`);
    return session;
  }

  has(windowId: number): boolean {
    return this.#sessions.has(windowId);
  }

  remove(windowId: number): void {
    this.#sessions.get(windowId)?.unwatch?.();
    this.#sessions.delete(windowId);
  }

  /** The window already showing this file, if any (so opening it again focuses that window). */
  windowShowing(filePath: string): number | undefined {
    for (const [windowId, session] of this.#sessions) if (session.filePath === filePath) return windowId;
    return undefined;
  }

  /** An untitled window nobody has edited: opening a file there replaces it instead of opening another window. */
  isPristine(windowId: number): boolean {
    const session = this.#sessions.get(windowId);
    return !!session && session.filePath === null && !session.dirty;
  }
}
