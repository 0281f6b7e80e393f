import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { shortenForDisplay } from '../../src-shared/text/shortenForDisplay';
import { describeFsError, errorCode, fsErrorReason } from './describeFsError';
import type { FileHandle, FileStats, FileSystem } from './fileSystem';

export type WriteResult = { ok: true } | { ok: false; message: string };

/**
 * Replaces a file so that, whatever fails, the old version or the new one is on disk, never half of
 * either: write a temporary file beside the target, fsync it, rename it over the target (atomic
 * within one folder), then fsync the folder so the rename itself survives a power cut.
 * Never throws: a failure leaves the original as it was, removes the temporary file and says why.
 */
export async function writeFileAtomic(
  fs: FileSystem,
  path: string,
  content: string | Uint8Array,
): Promise<WriteResult> {
  let target = path;
  let temp: string | undefined;
  let handle: FileHandle | undefined;
  try {
    target = await resolveLinks(fs, path);
    const mode = await existingMode(fs, target);
    const candidate = tempPathFor(target);
    // Created exclusively and, when replacing, with the original's permissions, so a private map is
    // never readable by others while its temporary copy is being written.
    handle = await fs.open(candidate, 'wx', mode ?? 0o666);
    temp = candidate;
    await handle.write(typeof content === 'string' ? new TextEncoder().encode(content) : content);
    if (mode !== undefined) await keepMode(handle, mode);
    await handle.sync();
    const open = handle;
    handle = undefined;
    await open.close();
    await fs.rename(temp, target);
    temp = undefined;
  } catch (error) {
    await handle?.close().catch(() => {});
    if (temp) await fs.unlink(temp).catch(() => {});
    const folderExists = errorCode(error) === 'ENOENT' && (await isFolder(fs, dirname(target)));
    return { ok: false, message: describeFsError('save', path, error, { folderExists }) };
  }
  return syncFolder(fs, dirname(target), path);
}

async function isFolder(fs: FileSystem, path: string): Promise<boolean> {
  try {
    return (await fs.stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Saving through a symbolic link must replace the file it points to, not turn the link into a file. */
async function resolveLinks(fs: FileSystem, path: string, hops = 0): Promise<string> {
  try {
    return await fs.realpath(path);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
  // Nothing at the end of the path: a new file, or a link to a file not there (yet): a drive not
  // mounted, a file moved). The link must stay a link, so the save goes where it points.
  let target: string;
  try {
    target = await fs.readlink(path);
  } catch {
    return path;
  }
  if (hops >= MAX_LINK_HOPS) return path;
  return resolveLinks(fs, resolve(dirname(path), target), hops + 1);
}

/** As many links as Linux follows before it gives up (ELOOP). */
const MAX_LINK_HOPS = 40;

/**
 * The permission bits of the file being replaced, or undefined when the save creates it. Renaming
 * over a file needs only the folder's permission, so a file its owner made read-only is refused
 * here, as Windows would refuse the rename.
 */
async function existingMode(fs: FileSystem, target: string): Promise<number | undefined> {
  let stats: FileStats;
  try {
    stats = await fs.stat(target);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
  if (stats.isDirectory()) throw Object.assign(new Error('target is a folder'), { code: 'EISDIR' });
  // Renaming over a FIFO, a socket or a device (/dev/null, when running as root) would replace it.
  if (!stats.isFile()) throw new Error('it is not a regular file');
  if ((stats.mode & 0o200) === 0) throw new Error('the file is read-only');
  return stats.mode & 0o777;
}

/** open() applies the umask, so set the mode again. Some file systems (FAT, network shares) refuse
 * chmod; the save matters more than the permission bits, so a refusal is not a failure. */
async function keepMode(handle: FileHandle, mode: number): Promise<void> {
  try {
    await handle.chmod(mode);
  } catch {
    // Keep the default mode.
  }
}

/** Hidden, in the same folder (rename is only atomic within one file system), and unique per save. */
function tempPathFor(target: string): string {
  return join(dirname(target), tempFileName(basename(target)));
}

/** The target's name is cut to this many code points so the temporary name stays within the 255-byte
 * limit of a name (48 × 4 bytes of UTF-8, plus the dot, the 12 hex digits and `.tmp`). */
const TEMP_STEM_LENGTH = 48;

/** `.<name, cut>.<12 hex digits>.tmp`: the name of the temporary file a save writes beside `targetName`. */
export function tempFileName(targetName: string, hex = randomBytes(6).toString('hex')): string {
  return `.${Array.from(targetName).slice(0, TEMP_STEM_LENGTH).join('')}.${hex}.tmp`;
}

const TEMP_FILE_PATTERN = /^\.(.+)\.[0-9a-f]{12}\.tmp$/su;

/**
 * Whether a file name is one tempFileName makes, so the launch sweep removes what an interrupted
 * save left and nothing else: a hidden name, a stem of 1 to 48 code points, 12 hex digits, `.tmp`.
 */
export function isTempFileName(name: string): boolean {
  const stem = TEMP_FILE_PATTERN.exec(name)?.[1];
  return stem !== undefined && Array.from(stem).length <= TEMP_STEM_LENGTH;
}

/** Codes with which platforms say they cannot open or fsync a folder (Windows among them). */
const FOLDER_SYNC_UNSUPPORTED = new Set([
  'EISDIR',
  'EPERM',
  'EACCES',
  'EINVAL',
  'ENOTSUP',
  'EOPNOTSUPP',
  'EBADF',
]);

/**
 * By now the new version is in place. A folder that cannot be fsynced on this platform is normal;
 * any other failure (an I/O error) means the rename may not survive a crash, and the person should
 * hear about it and save again, even though the original is already replaced.
 */
async function syncFolder(fs: FileSystem, folder: string, path: string): Promise<WriteResult> {
  let handle: FileHandle | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
    return { ok: true };
  } catch (error) {
    if (FOLDER_SYNC_UNSUPPORTED.has(errorCode(error) ?? '')) return { ok: true };
    return {
      ok: false,
      message: `Saved "${shortenForDisplay(path)}", but the disk did not confirm it (${fsErrorReason('save', error)}); save again to be sure.`,
    };
  } finally {
    await handle?.close().catch(() => {});
  }
}
