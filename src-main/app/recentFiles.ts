import { isAbsolute, normalize } from 'node:path';
import type { FileSystem } from '../files/fileSystem';
import { createSerialQueue, readJsonFile, writeJsonFile } from '../files/jsonFile';

/** The maps opened most recently, newest first, kept for the File › Open Recent menu. */
export interface RecentFiles {
  list(): Promise<string[]>;
  /** Moves the path to the top, adding it if new. */
  add(path: string): Promise<void>;
  /** For an entry whose file no longer exists or no longer opens. */
  remove(path: string): Promise<void>;
  clear(): Promise<void>;
}

export interface RecentFilesOptions {
  fs: FileSystem;
  /** A JSON file in the app's data folder, e.g. `<userData>/recent-files.json`. */
  storePath: string;
  max?: number;
  /** The list still changes in memory when its file cannot be written; the caller may log why. */
  onWriteError?: (message: string) => void;
}

const STORE_VERSION = 1;
export const MAX_RECENT_FILES = 10;

export function createRecentFiles({
  fs,
  storePath,
  max = MAX_RECENT_FILES,
  onWriteError,
}: RecentFilesOptions): RecentFiles {
  // Read once, then the copy in memory is the truth; every change is written through the queue
  // so quick successive opens cannot overwrite each other.
  let files: string[] | undefined;
  const serial = createSerialQueue();

  async function current(): Promise<string[]> {
    files ??= parseStore(await readJsonFile(fs, storePath), max);
    return files;
  }

  function change(update: (list: string[]) => string[]): Promise<void> {
    return serial(async () => {
      files = update(await current()).slice(0, max);
      const written = await writeJsonFile(fs, storePath, { version: STORE_VERSION, files });
      if (!written.ok) onWriteError?.(written.message);
    });
  }

  return {
    list: () => serial(async () => [...(await current())]),
    async add(path) {
      // Paths come from dialogs and argv, already absolute; a relative one would depend on the cwd.
      if (!isAbsolute(path)) return;
      const entry = normalize(path);
      return change((list) => [entry, ...list.filter((p) => p !== entry)]);
    },
    remove(path) {
      const entry = normalize(path);
      return change((list) => list.filter((p) => p !== entry));
    },
    clear: () => change(() => []),
  };
}

/** Anything but a well-formed store (missing, hand-edited, from a future version) reads as usable entries or none. */
function parseStore(value: unknown, max: number): string[] {
  if (value === null || typeof value !== 'object' || !('files' in value) || !Array.isArray(value.files)) {
    return [];
  }
  const paths = value.files.filter((p): p is string => typeof p === 'string' && isAbsolute(p)).map(normalize);
  return [...new Set(paths)].slice(0, max);
}
