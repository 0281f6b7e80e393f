import { constants } from 'node:fs';
import { mkdir, open, readdir, readlink, realpath, rename, stat, unlink } from 'node:fs/promises';

/**
 * The few file operations the main-process services need, as a port: the services take it as an
 * argument so tests can make any step fail (a full disk at the third write, a rename refused) on a
 * real temporary folder, without mocking `node:fs`.
 */
export interface FileSystem {
  /** 'r' opens for reading (also used to fsync a folder); 'wx' creates a new file and fails if it exists. */
  open(path: string, flags: 'r' | 'wx', mode?: number): Promise<FileHandle>;
  stat(path: string): Promise<FileStats>;
  /**
   * Reads a regular file whole. Anything else (a folder, a FIFO, a socket, a device, a link to one) is
   * refused before a byte is read, with EISDIR or EFTYPE: a FIFO with no writer would block forever.
   */
  readFile(path: string): Promise<Uint8Array>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  mkdir(path: string, options?: { recursive?: boolean }): Promise<void>;
  /** The names in a folder (not their paths). */
  readdir(path: string): Promise<string[]>;
  /** Resolves symbolic links, so a save replaces the file a link points to rather than the link. */
  realpath(path: string): Promise<string>;
  /** Where a symbolic link points (fails with EINVAL for anything that is not a link). */
  readlink(path: string): Promise<string>;
}

export interface FileHandle {
  /** Writes every byte, looping over partial writes. */
  write(data: Uint8Array): Promise<void>;
  /** fsync: returns once the data has reached the disk. */
  sync(): Promise<void>;
  chmod(mode: number): Promise<void>;
  close(): Promise<void>;
}

export interface FileStats {
  size: number;
  /** Last modification, in ms since the epoch (fractional where the file system keeps finer time). */
  mtimeMs: number;
  /** Type and permission bits, as in stat(2). */
  mode: number;
  /** The device and the file's number on it: two paths name one file when both are equal (links, case). */
  dev: number;
  ino: number;
  isFile(): boolean;
  isDirectory(): boolean;
}

export const nodeFileSystem: FileSystem = {
  async open(path, flags, mode) {
    const handle = await open(path, flags, mode);
    return {
      async write(data) {
        let offset = 0;
        while (offset < data.byteLength) {
          const { bytesWritten } = await handle.write(data, offset, data.byteLength - offset);
          offset += bytesWritten;
        }
      },
      sync: () => handle.sync(),
      chmod: (m) => handle.chmod(m),
      close: () => handle.close(),
    };
  },
  stat: (path) => stat(path),
  async readFile(path) {
    // Opened without blocking (a FIFO's open waits for a writer otherwise), then checked on the open
    // handle, so nothing can swap the file between the check and the read.
    const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const stats = await handle.stat();
      if (!stats.isFile()) throw notRegularFile(path, stats.isDirectory());
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => rename(from, to),
  unlink: (path) => unlink(path),
  async mkdir(path, options) {
    await mkdir(path, options);
  },
  readdir: (path) => readdir(path),
  realpath: (path) => realpath(path),
  readlink: (path) => readlink(path),
};

function notRegularFile(path: string, isDirectory: boolean): Error {
  const code = isDirectory ? 'EISDIR' : 'EFTYPE';
  const what = isDirectory ? 'illegal operation on a directory' : 'not a regular file';
  return Object.assign(new Error(`${code}: ${what}, read '${path}'`), { code, path });
}
