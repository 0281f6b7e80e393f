import { execFileSync } from 'node:child_process';
import { mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { JournalStore } from '../../../src-main/app/journal';
import { createRecentFiles } from '../../../src-main/app/recentFiles';
import { recoverUnsaved } from '../../../src-main/app/recovery';
import { BackupStore } from '../../../src-main/files/backups';
import { type FileSystem, nodeFileSystem } from '../../../src-main/files/fileSystem';
import { readMapFile } from '../../../src-main/files/readMapFile';
import { serializeMap } from '../../../src-shared/model/serialize';
import { ScriptedDialogs } from '../../e2e/support/scriptedDialogs';
import { sampleMap } from '../../support/arbitraryMap';
import { tempDirPerTest } from './faultyFileSystem';

const folder = tempDirPerTest();
const KEY = '00000000-0000-4000-8000-0000000000f1';
const FILE = `${KEY}.journal.json`;

// Windows has neither FIFOs nor Unix sockets (nor mkfifo, POSIX's tool for making one): there, only a
// folder stands where a file should be.
const posix = process.platform !== 'win32';
const fifoTest = test.skipIf(!posix);

/** A named pipe with no writer: opening it to read, the ordinary way, waits forever. */
const fifo = (path: string) => execFileSync('mkfifo', [path]);

/** A listening Unix socket at `path`; closed after the test. */
const sockets: Server[] = [];
afterEach(() => {
  for (const server of sockets.splice(0)) server.close();
});
const socket = (path: string) =>
  new Promise<void>((resolve) => {
    const server = createServer().listen(path, resolve);
    sockets.push(server);
  });

/** A way a name in an app folder can be something other than a regular file, and what is said of it. */
type NotRegular = [string, (path: string) => Promise<unknown>, RegExp];

const ONLY_ON_POSIX: NotRegular[] = [
  ['a FIFO', async (path) => fifo(path), /not a regular file/],
  ['a socket', socket, /not a regular file/],
  [
    'a symbolic link to a FIFO',
    async (path) => {
      fifo(`${path}.target`);
      await symlink(`${path}.target`, path);
    },
    /not a regular file/,
  ],
];
const NOT_REGULAR: NotRegular[] = [
  ...(posix ? ONLY_ON_POSIX : []),
  ['a folder', (path) => mkdir(path), /it is a folder/],
];

describe('nothing that is not a regular file is ever opened to read', () => {
  test.each(NOT_REGULAR)(
    '%s in the journal folder is offered as damaged, and the launch goes on',
    async (_what, make, problem) => {
      const dir = join(folder(), 'journal');
      await mkdir(dir);
      await make(join(dir, FILE));
      const journal = new JournalStore(nodeFileSystem, dir);
      await journal.write('00000000-0000-4000-8000-0000000000a1', {
        filePath: null,
        name: 'Sound',
        savedAt: 1,
        text: serializeMap(sampleMap()),
      });
      const dialogs = new ScriptedDialogs();
      dialogs.recoveryAnswers.push('restore', 'show');
      const report = await recoverUnsaved({ journal, dialogs });
      expect(report.restored.map((r) => r.document.name)).toEqual(['Sound']);
      expect(dialogs.asked).toEqual(['recover:Sound', `damaged:${FILE}`]);
      expect(dialogs.problems[0]).toMatch(problem);
      expect(dialogs.shown).toEqual([join(dir, FILE)]);
    },
  );

  fifoTest('Discard removes a FIFO without reading it', async () => {
    const dir = join(folder(), 'journal');
    await mkdir(dir);
    fifo(join(dir, FILE));
    const dialogs = new ScriptedDialogs();
    dialogs.recoveryAnswers.push('discard');
    const report = await recoverUnsaved({ journal: new JournalStore(nodeFileSystem, dir), dialogs });
    expect(report.discarded).toBe(1);
    expect(await readdir(dir)).toEqual([]);
  });

  fifoTest('the file system port refuses a FIFO, naming it, instead of waiting for a writer', async () => {
    const path = join(folder(), 'pipe');
    fifo(path);
    await expect(nodeFileSystem.readFile(path)).rejects.toMatchObject({ code: 'EFTYPE' });
  });

  fifoTest('a FIFO named like a backup is no backup: not listed, not read', async () => {
    const backups = new BackupStore(nodeFileSystem, join(folder(), 'backups'));
    const map = join(folder(), 'm.argmap.json');
    await writeFile(map, 'v1');
    await backups.keep(map, new TextEncoder().encode('v2'));
    const [kept] = await backups.list(map);
    const planted = (kept?.id ?? '').replace(/^\d{13}/, '9999999999999');
    fifo(join(backups.folderOf(map), planted));
    expect((await backups.list(map)).map((b) => b.id)).toEqual([kept?.id]);
    expect(await backups.read(map, planted)).toBeNull();
  });

  fifoTest('a FIFO where the recent-files list is kept starts the app with an empty list', async () => {
    const storePath = join(folder(), 'recent-files.json');
    fifo(storePath);
    expect(await createRecentFiles({ fs: nodeFileSystem, storePath }).list()).toEqual([]);
  });

  fifoTest('a FIFO opened as a map says it is not a regular file', async () => {
    const path = join(folder(), 'pipe.argmap.json');
    fifo(path);
    expect(await readMapFile(nodeFileSystem, path)).toMatchObject({
      ok: false,
      message: expect.stringContaining('not a regular file'),
    });
  });
});

describe('recovery is time-boxed, so a window always opens', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('an entry whose read never answers is offered as damaged once the time is up', async () => {
    const dir = join(folder(), 'journal');
    // A disk that never answers for this one file (a hung network share, say).
    const hanging: FileSystem = {
      ...nodeFileSystem,
      readdir: async () => [FILE],
      readFile: () => new Promise<Uint8Array>(() => {}),
      stat: async () => ({
        size: 0,
        mtimeMs: 42,
        mode: 0,
        dev: 1,
        ino: 1,
        isFile: () => true,
        isDirectory: () => false,
      }),
    };
    const dialogs = new ScriptedDialogs();
    dialogs.recoveryAnswers.push('show');
    const recovering = recoverUnsaved({ journal: new JournalStore(hanging, dir), dialogs });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await recovering).toEqual({ restored: [], discarded: 0, kept: [join(dir, FILE)] });
    expect(dialogs.problems).toEqual([`${FILE}: it could not be read within 5 seconds.`]);
  });

  test('a folder whose listing never answers is shown, and the launch goes on', async () => {
    const dir = join(folder(), 'journal');
    const hanging: FileSystem = { ...nodeFileSystem, readdir: () => new Promise<string[]>(() => {}) };
    const dialogs = new ScriptedDialogs();
    dialogs.recoveryAnswers.push('discard');
    const recovering = recoverUnsaved({ journal: new JournalStore(hanging, dir), dialogs });
    await vi.advanceTimersByTimeAsync(5_000);
    // Discard cannot apply to the whole folder: it is kept and shown.
    expect(await recovering).toEqual({ restored: [], discarded: 0, kept: [dir] });
    expect(dialogs.problems).toEqual(['journal: it could not be read within 5 seconds.']);
  });
});
