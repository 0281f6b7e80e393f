import type { DocumentPayload } from '../../src-shared/ipc/contract';
import { shortenForDisplay } from '../../src-shared/text/shortenForDisplay';
import { compareWithDisk, type FileIdentity } from '../files/fileIdentity';
import { readMapFile } from '../files/readMapFile';
import type { DocumentServiceDeps } from './documentService';
import type { DocumentSession } from './sessions';

/** Changes reported by watching settle this long before the file is compared (editors write in steps). */
const WATCH_SETTLE_MS = 250;

/**
 * Watches the files windows have open for changes made by other programs, and asks what to do about
 * one: reload it, keep the window's version, or save that elsewhere.
 */
export class FileChangeWatch {
  /** Windows with a file-changed question open: one question at a time. */
  readonly #asking = new Set<number>();

  constructor(private readonly deps: DocumentServiceDeps) {}

  /** Remembers the file as the window now has it, and watches it for changes made by other programs. */
  bind(windowId: number, session: DocumentSession, identity: FileIdentity | null): void {
    session.identity = identity;
    session.unwatch?.();
    session.unwatch = undefined;
    const { watchFile } = this.deps;
    if (!watchFile || session.filePath === null) return;
    const path = session.filePath;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = watchFile(path, () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        // Nobody awaits a watch event: a failure here is reported, never left to end the process.
        this.#noticeChange(windowId, path).catch((error: unknown) =>
          console.warn(`[watch] ${String(error)}`),
        );
      }, WATCH_SETTLE_MS);
    });
    session.unwatch = () => {
      if (timer !== undefined) clearTimeout(timer);
      stop();
    };
  }

  /** A watched file changed: unless it is what the window last read or wrote, ask what to do. */
  async #noticeChange(windowId: number, path: string): Promise<void> {
    const { sessions, dialogs } = this.deps;
    if (!sessions.has(windowId)) return;
    const session = sessions.get(windowId);
    if (session.filePath !== path || !session.identity || this.#asking.has(windowId)) return;
    const disk = await compareWithDisk(this.deps.fs, path, session.identity);
    if (disk.kind === 'same') return;
    this.#asking.add(windowId);
    try {
      const choice = await dialogs.askFileChanged(windowId, {
        name: shortenForDisplay(session.name),
        path: shortenForDisplay(path),
        kind: disk.kind,
        during: 'watch',
      });
      if (choice === 'reload') await this.reload(windowId);
      // Keep mine: the next save writes the window's version over the file, without asking again.
      if (choice === 'overwrite' && disk.kind === 'modified') session.identity = disk.identity;
      if (choice === 'saveAs') this.deps.windows.send(windowId, 'action:run', { id: 'file.saveAs' });
    } finally {
      this.#asking.delete(windowId);
    }
  }

  /** Replaces the window's document by the file as it is on disk now. */
  async reload(windowId: number): Promise<void> {
    const session = this.deps.sessions.get(windowId);
    if (session.filePath === null) return;
    const loaded = await readMapFile(this.deps.fs, session.filePath);
    if (!loaded.ok) {
      this.deps.windows.send(windowId, 'app:notice', {
        title: 'The file could not be reloaded',
        message: loaded.message,
      });
      return;
    }
    const document: DocumentPayload = {
      map: loaded.map,
      name: session.name,
      hasFile: true,
      fileBytes: loaded.fileBytes,
    };
    session.document = document;
    session.identity = loaded.identity;
    this.deps.windows.send(windowId, 'document:open', document);
  }
}
