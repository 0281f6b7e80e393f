import { lstat, readdir, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { isTempFileName } from './atomicWrite';
import { describeFsError, errorCode } from './describeFsError';

/**
 * What the sweep needs of the file system. `lstat` rather than `stat`: the sweep looks at links, never
 * through them. Node's `fs/promises` fits it as is; tests wrap it to make a step fail.
 */
export interface SweepFileSystem {
  readdir(folder: string): Promise<string[]>;
  lstat(path: string): Promise<{ mtimeMs: number; isFile(): boolean; isDirectory(): boolean }>;
  unlink(path: string): Promise<void>;
}

export const nodeSweepFileSystem: SweepFileSystem = {
  readdir: (folder) => readdir(folder),
  lstat: (path) => lstat(path),
  unlink: (path) => unlink(path),
};

export interface SweepOptions {
  /** A temporary file younger than this may belong to a save still running in another window. */
  minAgeMs?: number;
  /** The current time, in ms since the epoch (tests simulate a later launch with it). */
  now?: number;
  /** How many levels of sub-folders to sweep as well (default 0): the app's data folder keeps its
   * journal and backups in sub-folders, a user's folder of maps is never searched. */
  depth?: number;
}

export interface SweepResult {
  /** Full paths of the temporary files removed. */
  removed: string[];
  /** What could not be removed, or a folder that could not be listed, with a sentence saying why. */
  failed: Array<{ path: string; message: string }>;
}

/** A save of even a large map takes well under a second; a minute leaves room for a slow network disk. */
export const TEMP_FILE_MIN_AGE_MS = 60_000;

/**
 * Removes the temporary files that interrupted saves (a crash, a killed process, a power cut) left
 * in the given folders: the folders of the recent files, of the files opened on the command line and
 * the app's data folder. Only regular files whose names match exactly what `writeFileAtomic` creates
 * and that are older than `minAgeMs` are removed; symbolic links are never followed or removed, and
 * sub-folders are entered only down to `depth`. A missing folder is skipped quietly. Never throws.
 */
export async function sweepTempFiles(
  fs: SweepFileSystem,
  folders: readonly string[],
  options: SweepOptions = {},
): Promise<SweepResult> {
  const result: SweepResult = { removed: [], failed: [] };
  const minAgeMs = options.minAgeMs ?? TEMP_FILE_MIN_AGE_MS;
  const now = options.now ?? Date.now();
  const limits = { olderThanMs: now - minAgeMs, depth: options.depth ?? 0 };
  for (const folder of unique(folders)) {
    try {
      await sweepFolder(fs, folder, limits, result);
    } catch (error) {
      // Only a file system that breaks its contract gets here; the launch must go on regardless.
      result.failed.push({ path: folder, message: describeFsError('open', folder, error) });
    }
  }
  return result;
}

async function sweepFolder(
  fs: SweepFileSystem,
  folder: string,
  limits: { olderThanMs: number; depth: number },
  result: SweepResult,
): Promise<void> {
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch (error) {
    // A recent file's folder on a drive that is not mounted today is not a problem.
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return;
    result.failed.push({ path: folder, message: describeFsError('open', folder, error) });
    return;
  }
  for (const name of names) {
    const temp = isTempFileName(name);
    if (!temp && limits.depth === 0) continue;
    const path = join(folder, name);
    try {
      const stats = await fs.lstat(path);
      if (!temp) {
        // lstat: a link to a folder is not a folder here, so the sweep never leaves the tree.
        if (stats.isDirectory()) await sweepFolder(fs, path, { ...limits, depth: limits.depth - 1 }, result);
        continue;
      }
      if (!stats.isFile() || stats.mtimeMs >= limits.olderThanMs) continue;
      await fs.unlink(path);
      result.removed.push(path);
    } catch (error) {
      // Gone already: another window's sweep or save got there first.
      if (errorCode(error) === 'ENOENT') continue;
      result.failed.push({ path, message: describeFsError(temp ? 'remove' : 'open', path, error) });
    }
  }
}

/** The same folder named twice (`/a/maps` and `/a/maps/`) is swept once. */
function unique(folders: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const folder of folders) {
    if (typeof folder === 'string' && folder !== '') seen.add(resolve(folder));
  }
  return [...seen];
}
