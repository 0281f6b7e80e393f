import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FileSystem, nodeFileSystem } from '../../../src-main/files/fileSystem';

/** Every operation of the port, including those on an open handle. */
export type Operation =
  | 'open'
  | 'write'
  | 'sync'
  | 'chmod'
  | 'close'
  | 'rename'
  | 'unlink'
  | 'stat'
  | 'readFile'
  | 'mkdir'
  | 'readdir'
  | 'realpath'
  | 'readlink';

export interface FaultyFileSystem {
  fs: FileSystem;
  /** Makes the nth call (1-based) of an operation fail with an errno code instead of running. */
  failOn(operation: Operation, nth: number, code: string): void;
  /** How often each operation was called, and the paths given to open. */
  calls: Record<Operation, number>;
  opened: Array<{ path: string; flags: string; mode?: number }>;
}

export function fsError(code: string, syscall: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected failure, ${syscall}`), { code, syscall });
}

/**
 * Wraps the real file system so a test can fail any step on a real folder. A failed write first
 * writes half its bytes, as a disk that fills up mid-write does; a failed close still closes.
 */
export function faultyFileSystem(base: FileSystem = nodeFileSystem): FaultyFileSystem {
  const calls = Object.fromEntries(
    (
      [
        'open',
        'write',
        'sync',
        'chmod',
        'close',
        'rename',
        'unlink',
        'stat',
        'readFile',
        'mkdir',
        'readdir',
        'realpath',
        'readlink',
      ] as const
    ).map((op) => [op, 0]),
  ) as Record<Operation, number>;
  const faults = new Map<string, string>();
  const opened: FaultyFileSystem['opened'] = [];

  function check(operation: Operation): void {
    calls[operation]++;
    const code = faults.get(`${operation}#${calls[operation]}`);
    if (code) throw fsError(code, operation);
  }

  const fs: FileSystem = {
    async open(path, flags, mode) {
      opened.push({ path, flags, ...(mode === undefined ? {} : { mode }) });
      check('open');
      const handle = await base.open(path, flags, mode);
      return {
        async write(data) {
          try {
            check('write');
          } catch (error) {
            await handle.write(data.subarray(0, data.byteLength >> 1));
            throw error;
          }
          await handle.write(data);
        },
        async sync() {
          check('sync');
          await handle.sync();
        },
        async chmod(m) {
          check('chmod');
          await handle.chmod(m);
        },
        async close() {
          try {
            check('close');
          } catch (error) {
            // A failed close(2) still releases the descriptor.
            await handle.close();
            throw error;
          }
          await handle.close();
        },
      };
    },
    async stat(path) {
      check('stat');
      return base.stat(path);
    },
    async readFile(path) {
      check('readFile');
      return base.readFile(path);
    },
    async rename(from, to) {
      check('rename');
      return base.rename(from, to);
    },
    async unlink(path) {
      check('unlink');
      return base.unlink(path);
    },
    async mkdir(path, options) {
      check('mkdir');
      return base.mkdir(path, options);
    },
    async readdir(path) {
      check('readdir');
      return base.readdir(path);
    },
    async realpath(path) {
      check('realpath');
      return base.realpath(path);
    },
    async readlink(path) {
      check('readlink');
      return base.readlink(path);
    },
  };

  return { fs, calls, opened, failOn: (operation, nth, code) => faults.set(`${operation}#${nth}`, code) };
}

/** A fresh folder under the system's temp folder, removed after each test. */
export function tempDirPerTest(): () => string {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'argmap-test-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  return () => dir;
}
