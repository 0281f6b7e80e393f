import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createRecentFiles, MAX_RECENT_FILES } from '../../../src-main/app/recentFiles';
import { nodeFileSystem } from '../../../src-main/files/fileSystem';
import { faultyFileSystem, tempDirPerTest } from './faultyFileSystem';

const map = (name: string) => `/home/ada/maps/${name}.argmap.json`;

describe('recent files', () => {
  const tempDir = tempDirPerTest();
  // In a folder that does not exist yet, as on the app's first run.
  const storePath = () => join(tempDir(), 'data', 'recent-files.json');
  const open = (options: Partial<Parameters<typeof createRecentFiles>[0]> = {}) =>
    createRecentFiles({ fs: nodeFileSystem, storePath: storePath(), ...options });

  it('is empty before anything was opened', async () => {
    expect(await open().list()).toEqual([]);
  });

  it('lists the most recent first, each file once', async () => {
    const recent = open();
    await recent.add(map('a'));
    await recent.add(map('b'));
    await recent.add(map('a'));
    expect(await recent.list()).toEqual([map('a'), map('b')]);
  });

  it(`keeps at most ${MAX_RECENT_FILES}`, async () => {
    const recent = open();
    for (let i = 0; i < 12; i++) await recent.add(map(`m${i}`));
    const list = await recent.list();
    expect(list).toHaveLength(MAX_RECENT_FILES);
    expect(list[0]).toBe(map('m11'));
    expect(list.at(-1)).toBe(map('m2'));
  });

  it('is remembered across sessions, in a JSON file written atomically', async () => {
    await open().add(map('a'));
    await open().add(map('b'));
    expect(await open().list()).toEqual([map('b'), map('a')]);
    expect(JSON.parse(await readFile(storePath(), 'utf8'))).toEqual({
      version: 1,
      files: [map('b'), map('a')],
    });
    expect(await readdir(dirname(storePath()))).toEqual(['recent-files.json']);
  });

  it('forgets a file that no longer exists', async () => {
    const recent = open();
    await recent.add(map('a'));
    await recent.add(map('b'));
    await recent.remove(map('a'));
    expect(await recent.list()).toEqual([map('b')]);
    expect(await open().list()).toEqual([map('b')]);
  });

  it('can be cleared', async () => {
    const recent = open();
    await recent.add(map('a'));
    await recent.clear();
    expect(await recent.list()).toEqual([]);
    expect(await open().list()).toEqual([]);
  });

  it('keeps changes made in quick succession in order', async () => {
    const recent = open();
    await Promise.all([
      recent.add(map('a')),
      recent.add(map('b')),
      recent.remove(map('a')),
      recent.add(map('c')),
    ]);
    expect(await recent.list()).toEqual([map('c'), map('b')]);
    expect(await open().list()).toEqual([map('c'), map('b')]);
  });

  it('ignores a relative path, which would depend on the current folder', async () => {
    const recent = open();
    await recent.add('maps/a.argmap.json');
    expect(await recent.list()).toEqual([]);
  });

  it('returns a copy, so a caller cannot change the list by accident', async () => {
    const recent = open();
    await recent.add(map('a'));
    (await recent.list()).push('/x');
    expect(await recent.list()).toEqual([map('a')]);
  });

  describe('a damaged store file reads as what can be salvaged, never as a crash', () => {
    it.each([
      ['not JSON', '{"files": ['],
      ['empty', ''],
      ['a list', '["/a.argmap.json"]'],
      ['null', 'null'],
      ['files not a list', '{"files": "/a.argmap.json"}'],
      ['binary', '\u0000\u00ff\u0001'],
    ])('%s → empty', async (_, content) => {
      await mkdir(dirname(storePath()), { recursive: true });
      await writeFile(storePath(), content);
      expect(await open().list()).toEqual([]);
    });

    it('keeps only the absolute paths, once each', async () => {
      await mkdir(dirname(storePath()), { recursive: true });
      const files = [
        map('a'),
        42,
        null,
        'relative.argmap.json',
        map('a'),
        '/home/ada/maps/../maps/b.argmap.json',
      ];
      await writeFile(storePath(), JSON.stringify({ version: 1, files }));
      expect(await open().list()).toEqual([map('a'), map('b')]);
    });

    it('a folder in place of the store reads as empty', async () => {
      await mkdir(storePath(), { recursive: true });
      expect(await open().list()).toEqual([]);
    });

    it('a store that cannot be read at all reads as empty', async () => {
      const faulty = faultyFileSystem();
      faulty.failOn('stat', 1, 'EACCES');
      expect(await open({ fs: faulty.fs }).list()).toEqual([]);
    });
  });

  it('still updates the list in memory when its file cannot be written, and says why', async () => {
    const faulty = faultyFileSystem();
    faulty.failOn('open', 1, 'ENOSPC');
    const onWriteError = vi.fn();
    const recent = open({ fs: faulty.fs, onWriteError });
    await recent.add(map('a'));
    expect(await recent.list()).toEqual([map('a')]);
    expect(onWriteError).toHaveBeenCalledWith(`Could not save "${storePath()}": the disk is full.`);
  });
});
