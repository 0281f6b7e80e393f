import { createHash } from 'node:crypto';
import { errorCode } from './describeFsError';
import type { FileStats, FileSystem } from './fileSystem';

/** What Argmap remembers of a file it opened or saved, to tell when someone else changed it. */
export interface FileIdentity {
  size: number;
  mtimeMs: number;
  /** SHA-256 of the bytes: a touch changes the time, not this. */
  hash: string;
}

export function identityOf(bytes: Uint8Array, stats: Pick<FileStats, 'size' | 'mtimeMs'>): FileIdentity {
  return { size: stats.size, mtimeMs: stats.mtimeMs, hash: createHash('sha256').update(bytes).digest('hex') };
}

export type DiskState = { kind: 'same' } | { kind: 'modified'; identity: FileIdentity } | { kind: 'missing' };

/**
 * Whether the file on disk is still the one remembered. The content decides, always (a program can
 * change a file and put its time back): a file merely touched, or saved unchanged by another program,
 * is not a change. A file that cannot be read now counts as modified: better to ask than to overwrite.
 */
export async function compareWithDisk(fs: FileSystem, path: string, known: FileIdentity): Promise<DiskState> {
  let stats: FileStats;
  try {
    stats = await fs.stat(path);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
    return { kind: 'modified', identity: { ...known, hash: '' } };
  }
  try {
    const identity = identityOf(await fs.readFile(path), stats);
    return identity.hash === known.hash ? { kind: 'same' } : { kind: 'modified', identity };
  } catch {
    return { kind: 'modified', identity: { ...known, hash: '' } };
  }
}

/** The identity of a file as it is now, or null when it cannot be read. */
export async function identityOnDisk(fs: FileSystem, path: string): Promise<FileIdentity | null> {
  try {
    const stats = await fs.stat(path);
    return identityOf(await fs.readFile(path), stats);
  } catch {
    return null;
  }
}
