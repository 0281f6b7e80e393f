import { shortenForDisplay } from '../../src-shared/text/shortenForDisplay';

/** What the app was doing when a file operation failed; it becomes the verb of the sentence. */
export type FileAction = 'open' | 'read' | 'save' | 'write' | 'create' | 'remove';

/** Reasons in words a person understands, by errno code; the same code reads the same for every action. */
const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'your disk quota is used up',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  EISDIR: 'it is a folder, not a file',
  EFTYPE: 'it is not a regular file (a pipe, a socket or a device)',
  // What opening a Unix socket (or a device with nothing behind it) gives.
  ENXIO: 'it is not a regular file (a pipe, a socket or a device)',
  ENOTDIR: 'part of the path is a file, not a folder',
  EXDEV: 'the file cannot be moved between different disks',
  EBUSY: 'the file is in use by another program',
  ETXTBSY: 'the file is in use by another program',
  EMFILE: 'too many files are open; close some windows and try again',
  ENFILE: 'too many files are open; close some windows and try again',
  ENAMETOOLONG: 'the path is too long',
  EEXIST: 'a file with that name already exists',
  EIO: 'the disk reported a read or write error',
  ELOOP: 'the path has too many symbolic links',
  EFBIG: 'the file is too large for the disk',
  ETIMEDOUT: 'the disk did not answer in time',
  EAGAIN: 'the file is temporarily unavailable; try again',
};

/**
 * Turns a Node fs error into one sentence that names the file and says why:
 * `Could not save "/home/a/map.argmap.json": the disk is full.`
 * Used for reads and writes alike, so every file message in the app reads the same way.
 */
export function describeFsError(
  action: FileAction,
  path: string,
  error: unknown,
  context: FailureContext = {},
): string {
  return `Could not ${action} "${shortenForDisplay(path)}": ${fsErrorReason(action, error, context)}.`;
}

/** What the caller found out after the failure, for a reason errno alone cannot give. */
export interface FailureContext {
  /**
   * The folder the file goes in exists. Linux answers ENOENT for a new file in a folder that exists
   * but cannot hold one (/proc, /sys): the folder is then not the reason.
   */
  folderExists?: boolean;
}

/** The reason alone, for callers that build their own sentence. */
export function fsErrorReason(action: FileAction, error: unknown, context: FailureContext = {}): string {
  const code = errorCode(error);
  if (code === 'ENOENT') {
    // When writing, the target itself may be missing by design; only its folder can be.
    const writing = action === 'save' || action === 'write' || action === 'create';
    if (writing && context.folderExists)
      return 'its folder does not let files be created in it (a system folder, such as /proc, that only the system writes)';
    return writing ? 'the folder it goes in does not exist' : 'the file or its folder does not exist';
  }
  return code !== undefined && Object.hasOwn(REASONS, code)
    ? (REASONS[code] as string)
    : fallbackReason(error);
}

export function errorCode(error: unknown): string | undefined {
  if (error === null || typeof error !== 'object' || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/**
 * Node's own message, e.g. "EIO: i/o error, write '/tmp/.map.3f2a.tmp'", minus the code prefix and
 * the syscall and path suffix: the path may be a temporary file the person never chose.
 */
function fallbackReason(error: unknown): string {
  const raw = (error instanceof Error ? error.message : String(error ?? '')).trim();
  const nodeStyle = /^[A-Z][A-Z0-9_]*: (.*?)(?:, [a-z_]+(?: '.*')?)?$/s.exec(raw);
  const reason = (nodeStyle?.[1] ?? raw).replace(/\.$/, '');
  return reason || 'an unexpected error occurred';
}
