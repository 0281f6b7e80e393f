import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { shortenForDisplay } from '../../src-shared/text/shortenForDisplay';
import { writeFileAtomic } from './atomicWrite';
import { errorCode } from './describeFsError';
import type { FileSystem } from './fileSystem';
import { writeJsonFile } from './jsonFile';

/** How many earlier versions of each file are kept. */
export const BACKUPS_PER_FILE = 5;

export interface Backup {
  /** Names the backup within its file's folder (`<time>.argmap.json`). */
  id: string;
  /** When the version it holds was replaced (ms since the epoch). */
  replacedAt: number;
  size: number;
}

const BACKUP_NAME = /^(\d{13})(?:-(\d+))?\.argmap\.json$/;

/**
 * Earlier versions of the files Argmap overwrites, in the app's data folder: before a save replaces a
 * file, the version on disk is copied here, and the newest five per file are kept. Each file has a
 * folder named by a hash of its path, with its path written beside the copies.
 */
export class BackupStore {
  readonly #fs: FileSystem;
  readonly #folder: string;
  readonly #now: () => number;

  constructor(fs: FileSystem, folder: string, now: () => number = Date.now) {
    this.#fs = fs;
    this.#folder = folder;
    this.#now = now;
  }

  folderOf(path: string): string {
    return join(this.#folder, createHash('sha256').update(path).digest('hex').slice(0, 24));
  }

  /**
   * Keeps the version of `path` that a save is about to replace, unless it is what the save writes
   * anyway. Never throws: a backup that cannot be made must not stop the save (it says why instead).
   */
  async keep(path: string, replacement: Uint8Array): Promise<{ ok: true } | { ok: false; message: string }> {
    let current: Uint8Array;
    try {
      current = await this.#fs.readFile(path);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return { ok: true }; // a new file: nothing to keep
      return {
        ok: false,
        message: `No backup of "${shortenForDisplay(path)}" was made: it could not be read.`,
      };
    }
    if (Buffer.from(current).equals(Buffer.from(replacement))) return { ok: true };
    const folder = this.folderOf(path);
    const meta = await writeJsonFile(this.#fs, join(folder, 'source.json'), { path });
    if (!meta.ok) return { ok: false, message: meta.message };
    const existing = await this.list(path);
    const time = this.#now();
    const sameTime = existing.filter((backup) => backup.replacedAt === time).length;
    const id = `${String(time).padStart(13, '0')}${sameTime ? `-${sameTime}` : ''}.argmap.json`;
    const written = await writeFileAtomic(this.#fs, join(folder, id), current);
    if (!written.ok) return written;
    for (const old of (await this.list(path)).slice(BACKUPS_PER_FILE)) {
      await this.#fs.unlink(join(folder, old.id)).catch(() => undefined);
    }
    return { ok: true };
  }

  /** The kept versions of `path`, newest first. */
  async list(path: string): Promise<Backup[]> {
    const folder = this.folderOf(path);
    let names: string[];
    try {
      names = await this.#fs.readdir(folder);
    } catch {
      return [];
    }
    const backups: Backup[] = [];
    for (const name of names) {
      const match = BACKUP_NAME.exec(name);
      if (!match) continue;
      try {
        const stats = await this.#fs.stat(join(folder, name));
        // Only regular files are versions Argmap kept (a FIFO or a folder named like one is not).
        if (!stats.isFile()) continue;
        backups.push({ id: name, replacedAt: Number(match[1]), size: stats.size });
      } catch {
        // gone since the listing
      }
    }
    const order = (id: string) => Number(BACKUP_NAME.exec(id)?.[2] ?? 0);
    return backups.sort((a, b) => b.replacedAt - a.replacedAt || order(b.id) - order(a.id));
  }

  /** A kept version's bytes; only ids `list` gives are accepted, so no other file can be read. */
  async read(path: string, id: string): Promise<Uint8Array | null> {
    if (!BACKUP_NAME.test(id)) return null;
    try {
      return await this.#fs.readFile(join(this.folderOf(path), id));
    } catch {
      return null;
    }
  }
}
