import type { SaveResult } from '../../src-shared/ipc/contract';
import { loadMapFromText } from '../../src-shared/load/loadMap';
import { shortenForDisplay } from '../../src-shared/text/shortenForDisplay';
import { writeFileAtomic } from '../files/atomicWrite';
import { compareWithDisk, type FileIdentity, identityOf } from '../files/fileIdentity';
import { displayName, ensureMapExtension, suggestFileName } from '../files/mapFileName';
import type { DocumentServiceDeps } from './documentService';
import type { FileChangeWatch } from './fileChangeWatch';

/**
 * Writes windows' maps to their files: only a map that loads again, never over a file another program
 * changed without asking, keeping the version it replaces, atomically.
 */
export class MapWriter {
  /** Saves of one window run one after another, so an older save can never land after a newer one. */
  readonly #queues = new Map<number, Promise<unknown>>();

  constructor(
    private readonly deps: DocumentServiceDeps,
    private readonly watch: FileChangeWatch,
    private readonly remember: (path: string) => Promise<void>,
  ) {}

  write(windowId: number, path: string, text: string): Promise<SaveResult> {
    const previous = this.#queues.get(windowId) ?? Promise.resolve();
    const next = previous.then(() => this.#writeNow(windowId, path, text));
    this.#queues.set(
      windowId,
      next.catch(() => undefined),
    );
    return next;
  }

  async #writeNow(windowId: number, requestedPath: string, text: string): Promise<SaveResult> {
    // Never write a file Argmap could not open again.
    const checked = loadMapFromText(text);
    if (!checked.ok) {
      const first = checked.errors[0];
      return {
        status: 'failed',
        message: `Could not save "${shortenForDisplay(requestedPath)}": the map is not valid (${first?.pointer} ${first?.message}).`,
      };
    }
    const session = this.deps.sessions.get(windowId);
    // Never replace, unasked, a file someone else changed (or removed) since this window read it.
    let path = requestedPath;
    if (path === session.filePath && session.identity) {
      const disk = await compareWithDisk(this.deps.fs, path, session.identity);
      if (disk.kind !== 'same') {
        const choice = await this.deps.dialogs.askFileChanged(windowId, {
          name: shortenForDisplay(session.name),
          path: shortenForDisplay(path),
          kind: disk.kind,
          during: 'save',
        });
        if (choice === 'cancel') return { status: 'canceled' };
        if (choice === 'reload') {
          await this.watch.reload(windowId);
          return { status: 'canceled' };
        }
        if (choice === 'saveAs') {
          const chosen = await this.deps.dialogs.chooseSavePath(
            windowId,
            suggestFileName(checked.value.title),
          );
          if (chosen === null) return { status: 'canceled' };
          path = ensureMapExtension(chosen);
        }
      }
    }
    const bytes = new TextEncoder().encode(text);
    const backup = await this.deps.backups?.keep(path, bytes);
    if (backup && !backup.ok) console.warn(`[backups] ${backup.message}`);
    const written = await writeFileAtomic(this.deps.fs, path, bytes);
    if (!written.ok) return { status: 'failed', message: written.message };
    const name = displayName(path);
    session.filePath = path;
    session.name = name;
    session.document = { map: checked.value, name, hasFile: true };
    this.watch.bind(windowId, session, await this.#identityAfterWrite(path, bytes));
    await this.remember(path);
    return { status: 'saved', name };
  }

  async #identityAfterWrite(path: string, bytes: Uint8Array): Promise<FileIdentity | null> {
    try {
      return identityOf(bytes, await this.deps.fs.stat(path));
    } catch {
      return null;
    }
  }
}
