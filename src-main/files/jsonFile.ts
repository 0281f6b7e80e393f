import { dirname } from 'node:path';
import { type WriteResult, writeFileAtomic } from './atomicWrite';
import { describeFsError } from './describeFsError';
import type { FileSystem } from './fileSystem';

/** The app's own settings files are tiny; anything larger is not one of them. */
const MAX_SETTINGS_BYTES = 1024 * 1024;

/**
 * Reads one of the app's own small JSON files (recent files, window state). Missing, unreadable,
 * oversized or corrupt all give undefined: losing a preference must never stop the app from starting.
 */
export async function readJsonFile(fs: FileSystem, path: string): Promise<unknown> {
  try {
    const stats = await fs.stat(path);
    if (!stats.isFile() || stats.size > MAX_SETTINGS_BYTES) return undefined;
    return JSON.parse(new TextDecoder().decode(await fs.readFile(path)));
  } catch {
    return undefined;
  }
}

/** Writes one of the app's JSON files atomically, creating its folder on first use. */
export async function writeJsonFile(fs: FileSystem, path: string, value: unknown): Promise<WriteResult> {
  const folder = dirname(path);
  try {
    await fs.mkdir(folder, { recursive: true });
  } catch (error) {
    return { ok: false, message: describeFsError('create', folder, error) };
  }
  return writeFileAtomic(fs, path, `${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Runs tasks one after another. Two quick changes to a settings file must reach the disk in the
 * order they were made; parallel atomic writes could finish the other way round.
 */
export function createSerialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task, task);
    tail = run.catch(() => {});
    return run;
  };
}
