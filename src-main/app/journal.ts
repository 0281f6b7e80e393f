import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../files/atomicWrite';
import { errorCode } from '../files/describeFsError';
import type { FileSystem } from '../files/fileSystem';

/** One unsaved document as the journal keeps it: enough to reopen it as it stood. */
export const JournalEntry = z.strictObject({
  format: z.literal('argmap-journal'),
  version: z.literal(1),
  /** The file the document belongs to, or null for an untitled one. */
  filePath: z.string().nullable(),
  name: z.string(),
  /** When this state was written (ms since the epoch). */
  savedAt: z.number(),
  /** The map, serialised as a file would be; loaded through the map loader on restore. */
  text: z.string(),
});
export type JournalEntry = z.infer<typeof JournalEntry>;

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
   * The entries left in the folder, oldest first. A file that is not a journal entry (cut short,
   * edited by hand) is reported apart, never deleted: it may still hold someone's work.
   */
  async list(): Promise<{ entries: StoredJournal[]; unreadable: string[] }> {
    let names: string[];
    try {
      names = await this.#fs.readdir(this.#folder);
    } catch {
      return { entries: [], unreadable: [] };
    }
    const entries: StoredJournal[] = [];
    const unreadable: string[] = [];
    for (const name of names) {
      const key = NAME.exec(name)?.[1];
      if (!key) continue;
      const path = this.pathOf(key);
      try {
        const parsed = JournalEntry.safeParse(
          JSON.parse(new TextDecoder().decode(await this.#fs.readFile(path))),
        );
        if (parsed.success) entries.push({ key, path, entry: parsed.data });
        else unreadable.push(path);
      } catch {
        unreadable.push(path);
      }
    }
    return { entries: entries.sort((a, b) => a.entry.savedAt - b.entry.savedAt), unreadable };
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
