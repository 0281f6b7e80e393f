import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { writeFileAtomic } from '../files/atomicWrite';
import { errorCode, fsErrorReason } from '../files/describeFsError';
import type { FileSystem } from '../files/fileSystem';
import { type JournalEntry, parseEntry } from './journalEntry';
import { TOO_LATE, withinTime } from './withinTime';

export { JournalEntry } from './journalEntry';

/** A journal file that cannot be restored, and why, in words for a person. */
export interface DamagedJournal {
  /** Its key, when the file is named as an entry (absent when the whole folder could not be read). */
  key?: string;
  path: string;
  /** The document's name, when the entry is readable enough to tell it. */
  name?: string;
  /** When the file was last written (ms since the epoch; 0 when not known). */
  savedAt: number;
  problem: string;
}

export interface JournalListing {
  entries: StoredJournal[];
  damaged: DamagedJournal[];
}

export interface StoredJournal {
  key: string;
  path: string;
  entry: JournalEntry;
}

const NAME = /^([0-9a-f-]{36})\.journal\.json$/;

/** A key for a new document session's journal: unique across launches, so a crash's entries never collide. */
export const newJournalKey = (): string => randomUUID();

/**
 * The crash-recovery journal: the state of each document with unsaved changes, one file per session in
 * the app's data folder, each replaced atomically. A clean save, an undo back to the saved state or an
 * explicit discard removes the entry; whatever is left at launch was left by a crash.
 */
export class JournalStore {
  readonly #fs: FileSystem;
  readonly #folder: string;
  /** Writes of one key run in order, and a removal waits for the write before it. */
  readonly #queues = new Map<string, Promise<unknown>>();

  constructor(fs: FileSystem, folder: string) {
    this.#fs = fs;
    this.#folder = folder;
  }

  pathOf(key: string): string {
    return join(this.#folder, `${key}.journal.json`);
  }

  write(key: string, entry: Omit<JournalEntry, 'format' | 'version'>): Promise<{ ok: boolean }> {
    return this.#queued(key, async () => {
      await this.#fs.mkdir(this.#folder, { recursive: true });
      const content = JSON.stringify({ format: 'argmap-journal', version: 1, ...entry });
      return writeFileAtomic(this.#fs, this.pathOf(key), content);
    }).catch(() => ({ ok: false }));
  }

  remove(key: string): Promise<void> {
    return this.#queued(key, async () => {
      try {
        await this.#fs.unlink(this.pathOf(key));
      } catch (error) {
        if (errorCode(error) !== 'ENOENT') throw error;
      }
    }).catch(() => undefined);
  }

  /**
   * The entries left in the folder, oldest first. A file that is not a readable entry (cut short, empty,
   * from a newer Argmap, not a regular file) is reported apart with what is wrong, never deleted: it may
   * still hold someone's work. Reading stops at `timeLimitMs`; what was not read by then is reported too.
   */
  async list(options: { timeLimitMs?: number } = {}): Promise<JournalListing> {
    const limit = options.timeLimitMs ?? Number.POSITIVE_INFINITY;
    const endsAt = Date.now() + limit;
    const late = `it could not be read within ${Math.round(limit / 1000)} seconds`;
    const names = await withinTime(this.#fs.readdir(this.#folder), limit).catch(() => []);
    const entries: StoredJournal[] = [];
    const damaged: DamagedJournal[] = [];
    if (names === TOO_LATE) return { entries, damaged: [{ path: this.#folder, savedAt: 0, problem: late }] };
    for (const name of names) {
      const key = NAME.exec(name)?.[1];
      if (!key) continue;
      const path = this.pathOf(key);
      const read = await withinTime(this.#read(path), endsAt - Date.now());
      if (read !== TOO_LATE && !('problem' in read)) {
        entries.push({ key, path, entry: read });
        continue;
      }
      // stat never blocks, whatever the file is.
      const savedAt = await this.#fs.stat(path).then(
        (stats) => stats.mtimeMs,
        () => 0,
      );
      damaged.push({ key, path, savedAt, ...(read === TOO_LATE ? { problem: late } : read) });
    }
    return { entries: entries.sort((a, b) => a.entry.savedAt - b.entry.savedAt), damaged };
  }

  async #read(path: string): Promise<JournalEntry | { problem: string; name?: string }> {
    let bytes: Uint8Array;
    try {
      bytes = await this.#fs.readFile(path);
    } catch (error) {
      return { problem: fsErrorReason('read', error) };
    }
    return parseEntry(bytes);
  }

  #queued<T>(key: string, task: () => Promise<T>): Promise<T> {
    const next = (this.#queues.get(key) ?? Promise.resolve()).then(task);
    const settled = next.catch(() => undefined);
    this.#queues.set(key, settled);
    void settled.then(() => {
      if (this.#queues.get(key) === settled) this.#queues.delete(key);
    });
    return next;
  }
}
