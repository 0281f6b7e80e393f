import { mkdir, readdir, readFile, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { isTempFileName, tempFileName, writeFileAtomic } from '../../../src-main/files/atomicWrite';
import { nodeFileSystem } from '../../../src-main/files/fileSystem';
import {
  nodeSweepFileSystem,
  type SweepFileSystem,
  sweepTempFiles,
  TEMP_FILE_MIN_AGE_MS,
} from '../../../src-main/files/sweepTempFiles';
import { fsError, tempDirPerTest } from './faultyFileSystem';

const HEX = '0123456789ab';

/** A file whose modification time is `ageMs` in the past. */
async function writeAged(path: string, ageMs: number, content = 'half a map'): Promise<void> {
  await writeFile(path, content);
  const when = (Date.now() - ageMs) / 1000;
  await utimes(path, when, when);
}

const OLD = 10 * 60_000;

describe('the temporary-file name', () => {
  const tempDir = tempDirPerTest();

  it('recognises every name a save makes, whatever the target is called', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 }),
        fc.stringMatching(/^[0-9a-f]{12}$/),
        (name, hex) => isTempFileName(tempFileName(name, hex)),
      ),
    );
  });

  it('is the one writeFileAtomic uses', async () => {
    const keepTemp: typeof nodeFileSystem = {
      ...nodeFileSystem,
      rename: () => Promise.reject(fsError('EIO', 'rename')),
      unlink: async () => {}, // leave the temporary file behind to look at it
    };
    await writeFileAtomic(keepTemp, join(tempDir(), 'coffee.argmap.json'), '{}');
    const names = await readdir(tempDir());
    expect(names).toHaveLength(1);
    expect(isTempFileName(names[0] as string)).toBe(true);
  });

  it.each([
    'coffee.argmap.json',
    '.coffee.argmap.json',
    '.coffee.argmap.json.tmp',
    '.coffee.argmap.json.0123456789AB.tmp',
    '.coffee.argmap.json.0123456789a.tmp',
    '.coffee.argmap.json.0123456789abc.tmp',
    '.coffee.argmap.json.0123456789ab.tmp.bak',
    '..0123456789ab.tmp',
    `.${'x'.repeat(49)}.${HEX}.tmp`,
    'coffee.argmap.json.0123456789ab.tmp',
  ])('does not match %s', (name) => {
    expect(isTempFileName(name)).toBe(false);
  });
});

describe('sweepTempFiles', () => {
  const tempDir = tempDirPerTest();
  const at = (...names: string[]) => join(tempDir(), ...names);
  const temp = (target: string) => at(tempFileName(target, HEX));

  it('removes old temporary files and nothing else', async () => {
    await writeAged(at('coffee.argmap.json'), OLD, '{"map":1}');
    await writeAged(temp('coffee.argmap.json'), OLD);
    await writeAged(at(tempFileName('.hidden.argmap.json', 'abcdefabcdef')), OLD);
    await writeAged(at(tempFileName('😀 #%; -x.argmap.json', 'ffffffffffff')), OLD);
    await writeAged(at('.notes.tmp'), OLD);
    await writeAged(at('.coffee.argmap.json.0123456789AB.tmp'), OLD);

    const result = await sweepTempFiles(nodeSweepFileSystem, [tempDir()]);

    expect(result.failed).toEqual([]);
    expect(result.removed.sort()).toEqual(
      [
        temp('coffee.argmap.json'),
        at(tempFileName('.hidden.argmap.json', 'abcdefabcdef')),
        at(tempFileName('😀 #%; -x.argmap.json', 'ffffffffffff')),
      ].sort(),
    );
    expect((await readdir(tempDir())).sort()).toEqual(
      ['.coffee.argmap.json.0123456789AB.tmp', '.notes.tmp', 'coffee.argmap.json'].sort(),
    );
    expect(await readFile(at('coffee.argmap.json'), 'utf8')).toBe('{"map":1}');
  });

  it('leaves a temporary file younger than a minute: a save may be running in another window', async () => {
    await writeAged(temp('young.argmap.json'), 5_000);
    await writeAged(temp('old.argmap.json'), TEMP_FILE_MIN_AGE_MS + 5_000);
    const result = await sweepTempFiles(nodeSweepFileSystem, [tempDir()]);
    expect(result).toEqual({ removed: [temp('old.argmap.json')], failed: [] });
    expect(await readdir(tempDir())).toEqual([tempFileName('young.argmap.json', HEX)]);
  });

  it('removes a young one at a launch that comes later', async () => {
    await writeAged(temp('young.argmap.json'), 0);
    const later = Date.now() + TEMP_FILE_MIN_AGE_MS + 1_000;
    expect(await sweepTempFiles(nodeSweepFileSystem, [tempDir()], { now: later })).toEqual({
      removed: [temp('young.argmap.json')],
      failed: [],
    });
  });

  it.skipIf(process.platform === 'win32')(
    'never follows or removes a symbolic link, even one named like a temporary file',
    async () => {
      await mkdir(at('elsewhere'));
      const victim = at('elsewhere', tempFileName('precious.argmap.json', HEX));
      await writeAged(victim, OLD, 'precious');
      await symlink(victim, temp('link.argmap.json'));
      await symlink(at('elsewhere'), temp('folder-link.argmap.json'));

      expect(await sweepTempFiles(nodeSweepFileSystem, [tempDir()])).toEqual({ removed: [], failed: [] });
      expect(await readFile(victim, 'utf8')).toBe('precious');
      expect(await readdir(tempDir())).toHaveLength(3);
    },
  );

  it('neither enters nor removes a folder named like a temporary file', async () => {
    await mkdir(temp('odd.argmap.json'));
    await writeAged(join(temp('odd.argmap.json'), tempFileName('inner.argmap.json', HEX)), OLD);
    expect(await sweepTempFiles(nodeSweepFileSystem, [tempDir()])).toEqual({ removed: [], failed: [] });
    expect(await readdir(temp('odd.argmap.json'))).toHaveLength(1);
  });

  it('enters sub-folders only down to the depth asked for, and never through a link', async () => {
    const data = (...names: string[]) => at('data', ...names);
    await mkdir(data('journal'), { recursive: true });
    await mkdir(data('backups', '3f2a', 'deeper'), { recursive: true });
    await mkdir(at('elsewhere'));
    await writeAged(data(tempFileName('recent-files.json', HEX)), OLD);
    await writeAged(data('journal', tempFileName('window-1.json', HEX)), OLD);
    await writeAged(data('backups', '3f2a', tempFileName('1700000000000.argmap.json', HEX)), OLD);
    await writeAged(data('backups', '3f2a', 'deeper', tempFileName('x.json', HEX)), OLD);
    await writeAged(at('elsewhere', tempFileName('mine.argmap.json', HEX)), OLD);
    await symlink(at('elsewhere'), data('linked'));

    expect((await sweepTempFiles(nodeSweepFileSystem, [data('backups')])).removed).toEqual([]);
    const result = await sweepTempFiles(nodeSweepFileSystem, [data()], { depth: 2 });

    expect(result.failed).toEqual([]);
    expect(result.removed.sort()).toEqual(
      [
        data(tempFileName('recent-files.json', HEX)),
        data('journal', tempFileName('window-1.json', HEX)),
        data('backups', '3f2a', tempFileName('1700000000000.argmap.json', HEX)),
      ].sort(),
    );
    expect(await readdir(data('backups', '3f2a', 'deeper'))).toHaveLength(1);
    expect(await readdir(at('elsewhere'))).toHaveLength(1);
  });

  it('sweeps several folders, each once, and skips folders that do not exist', async () => {
    await mkdir(at('maps'));
    await mkdir(at('data'));
    await writeAged(at('maps', tempFileName('a.argmap.json', HEX)), OLD);
    await writeAged(at('data', tempFileName('recent-files.json', HEX)), OLD);
    await writeFile(at('a-file'), '');

    const result = await sweepTempFiles(nodeSweepFileSystem, [
      at('maps'),
      `${at('maps')}/`,
      at('data'),
      at('unmounted', 'drive'),
      at('a-file'),
      '',
    ]);

    expect(result).toEqual({
      removed: [
        at('maps', tempFileName('a.argmap.json', HEX)),
        at('data', tempFileName('recent-files.json', HEX)),
      ],
      failed: [],
    });
  });

  it('reports what it could not remove, goes on with the rest and never throws', async () => {
    await writeAged(temp('stuck.argmap.json'), OLD);
    await writeAged(temp('fine.argmap.json'), OLD);
    await mkdir(at('locked'));
    const fs: SweepFileSystem = {
      ...nodeSweepFileSystem,
      async readdir(folder) {
        if (folder === at('locked')) throw fsError('EACCES', 'scandir');
        return nodeSweepFileSystem.readdir(folder);
      },
      async unlink(path) {
        if (path === temp('stuck.argmap.json')) throw fsError('EBUSY', 'unlink');
        return nodeSweepFileSystem.unlink(path);
      },
    };

    const result = await sweepTempFiles(fs, [at('locked'), tempDir()]);

    expect(result).toEqual({
      removed: [temp('fine.argmap.json')],
      failed: [
        { path: at('locked'), message: `Could not open "${at('locked')}": permission denied.` },
        {
          path: temp('stuck.argmap.json'),
          message: `Could not remove "${temp('stuck.argmap.json')}": the file is in use by another program.`,
        },
      ],
    });
  });

  it('counts a file another sweep removed first as gone, not as a failure', async () => {
    await writeAged(temp('raced.argmap.json'), OLD);
    const fs: SweepFileSystem = {
      ...nodeSweepFileSystem,
      async unlink(path) {
        await nodeSweepFileSystem.unlink(path);
        throw fsError('ENOENT', 'unlink');
      },
    };
    expect(await sweepTempFiles(fs, [tempDir()])).toEqual({ removed: [], failed: [] });
  });

  it('never throws, even when the file system does', async () => {
    const broken: SweepFileSystem = {
      readdir: () => {
        throw new TypeError('not even a promise');
      },
      lstat: () => Promise.reject(new Error('no')),
      unlink: () => Promise.reject(new Error('no')),
    };
    const result = await sweepTempFiles(broken, [tempDir()]);
    expect(result.removed).toEqual([]);
    expect(result.failed).toEqual([
      { path: tempDir(), message: `Could not open "${tempDir()}": not even a promise.` },
    ]);
  });
});
