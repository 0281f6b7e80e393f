import { execFileSync } from 'node:child_process';
import { chmod, lstat, mkdir, readdir, readFile, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../../../src-main/files/atomicWrite';
import { nodeFileSystem } from '../../../src-main/files/fileSystem';
import { displayName } from '../../../src-main/files/mapFileName';
import { readMapFile } from '../../../src-main/files/readMapFile';
import type { ArgMap } from '../../../src-shared/model/map';
import { FORMAT_VERSION } from '../../../src-shared/model/map';
import { serializeMap } from '../../../src-shared/model/serialize';
import { shortenForDisplay } from '../../../src-shared/text/shortenForDisplay';
import { tempDirPerTest } from './faultyFileSystem';

const version = (title: string): ArgMap => ({
  format: 'argmap',
  version: FORMAT_VERSION,
  title,
  nodes: [{ id: 'thesis', kind: 'thesis', text: 'Paths are hard — “really” 😀', position: { x: 0, y: 0 } }],
  edges: [],
  tour: [],
});
const FIRST = version('first');
const SECOND = version('second');

const posix = process.platform !== 'win32';
const linux = process.platform === 'linux';
const bytes = (name: string) => Buffer.byteLength(name);

/** A name of exactly `size` bytes of UTF-8, ending in the map extension. */
function nameOfBytes(size: number, unit = 'é'): string {
  const extension = '.argmap.json';
  let stem = '';
  while (bytes(stem + unit + extension) <= size) stem += unit;
  return `${stem}${'x'.repeat(size - bytes(stem + extension))}${extension}`;
}

const WORKING_NAMES: Array<[string, string]> = [
  ['spaces', '  my map  with spaces .argmap.json'],
  ['Unicode in NFC', 'Café Šerić — 日本.argmap.json'.normalize('NFC')],
  ['Unicode in NFD', 'Café Šerić — 日本.argmap.json'.normalize('NFD')],
  ['emoji (ZWJ sequence, flag, variation selector)', '🗺️ map 👨‍👩‍👧 🇺🇦.argmap.json'],
  ['#%; and a URL escape', 'a#b%20c;d%.argmap.json'],
  ['shell characters', `it's "quoted" $HOME \`id\` & | > *?.argmap.json`],
  ['a leading -', '-rf --help.argmap.json'],
  ['a hidden file (leading dot)', '.hidden.argmap.json'],
  ['a name of 255 bytes (the limit), in two-byte characters', nameOfBytes(255)],
  ['a name of 255 bytes, in emoji', nameOfBytes(255, '😀')],
  ...(posix
    ? ([
        ['a backslash and a colon (valid names on POSIX)', 'back\\slash: c:\\x.argmap.json'],
        ['a line break', 'line\nbreak.argmap.json'],
      ] as Array<[string, string]>)
    : []),
];

describe('saving and opening maps at awkward paths', () => {
  const tempDir = tempDirPerTest();
  const at = (...names: string[]) => join(tempDir(), ...names);

  async function expectSavesAndOpens(path: string, folderEntries: string[]): Promise<void> {
    for (const map of [FIRST, SECOND]) {
      expect(await writeFileAtomic(nodeFileSystem, path, serializeMap(map))).toEqual({ ok: true });
      const read = await readMapFile(nodeFileSystem, path);
      expect(read).toMatchObject({ ok: true, map, name: displayName(path), fromImage: false });
    }
    expect((await readdir(tempDir())).sort()).toEqual(folderEntries.sort());
  }

  it.each(WORKING_NAMES)('%s', async (_, name) => {
    await expectSavesAndOpens(at(name), [name]);
  });

  it.skipIf(!linux)(
    'NFC and NFD spellings of a name are two files on Linux, each keeping its own map',
    async () => {
      const nfc = 'Šerić.argmap.json'.normalize('NFC');
      const nfd = nfc.normalize('NFD');
      await writeFileAtomic(nodeFileSystem, at(nfc), serializeMap(FIRST));
      await writeFileAtomic(nodeFileSystem, at(nfd), serializeMap(SECOND));
      expect(await readMapFile(nodeFileSystem, at(nfc))).toMatchObject({ ok: true, map: FIRST });
      expect(await readMapFile(nodeFileSystem, at(nfd))).toMatchObject({ ok: true, map: SECOND });
    },
  );

  it('a folder with awkward characters in the path', async () => {
    const folder = at('-my maps #1', '📁 Ünïcödé;%', '.hidden');
    await mkdir(folder, { recursive: true });
    const path = join(folder, 'debate.argmap.json');
    await expectSavesAndOpens(path, ['-my maps #1']);
    expect(await readdir(folder)).toEqual(['debate.argmap.json']);
  });

  it('a path with . and .. segments', async () => {
    await mkdir(at('sub'));
    await expectSavesAndOpens(join(tempDir(), 'sub', '..', '.', 'dots.argmap.json'), [
      'dots.argmap.json',
      'sub',
    ]);
  });

  describe.skipIf(!posix)('symbolic links', () => {
    it('saving through a link replaces the file it points to; the link stays a link', async () => {
      await mkdir(at('real folder'));
      const real = at('real folder', 'real.argmap.json');
      await writeFile(real, serializeMap(FIRST));
      await symlink(real, at('link.argmap.json'));

      expect(await writeFileAtomic(nodeFileSystem, at('link.argmap.json'), serializeMap(SECOND))).toEqual({
        ok: true,
      });

      expect((await lstat(at('link.argmap.json'))).isSymbolicLink()).toBe(true);
      expect(await readlink(at('link.argmap.json'))).toBe(real);
      expect(await readFile(real, 'utf8')).toBe(serializeMap(SECOND));
      expect(await readMapFile(nodeFileSystem, at('link.argmap.json'))).toMatchObject({
        ok: true,
        map: SECOND,
      });
      // The temporary file went beside the real file (rename is atomic only there) and is gone.
      expect(await readdir(at('real folder'))).toEqual(['real.argmap.json']);
      expect((await readdir(tempDir())).sort()).toEqual(['link.argmap.json', 'real folder']);
    });

    it('a relative link, and a link to a link', async () => {
      await writeFile(at('target.argmap.json'), serializeMap(FIRST));
      await symlink('target.argmap.json', at('relative.argmap.json'));
      await symlink(at('relative.argmap.json'), at('chain.argmap.json'));
      expect(await writeFileAtomic(nodeFileSystem, at('chain.argmap.json'), serializeMap(SECOND))).toEqual({
        ok: true,
      });
      expect(await readlink(at('relative.argmap.json'))).toBe('target.argmap.json');
      expect(await readlink(at('chain.argmap.json'))).toBe(at('relative.argmap.json'));
      expect(await readMapFile(nodeFileSystem, at('target.argmap.json'))).toMatchObject({
        ok: true,
        map: SECOND,
      });
    });

    it('a folder reached through a link', async () => {
      await mkdir(at('real folder'));
      await symlink(at('real folder'), at('linked folder'));
      const path = at('linked folder', 'm.argmap.json');
      expect(await writeFileAtomic(nodeFileSystem, path, serializeMap(FIRST))).toEqual({ ok: true });
      expect(await readMapFile(nodeFileSystem, path)).toMatchObject({ ok: true, map: FIRST });
      expect(await readdir(at('real folder'))).toEqual(['m.argmap.json']);
    });

    it('a loop of links fails with a clear message naming the path', async () => {
      await symlink(at('b.argmap.json'), at('a.argmap.json'));
      await symlink(at('a.argmap.json'), at('b.argmap.json'));
      const path = at('a.argmap.json');
      expect(await writeFileAtomic(nodeFileSystem, path, serializeMap(FIRST))).toEqual({
        ok: false,
        message: `Could not save "${path}": the path has too many symbolic links.`,
      });
      expect(await readMapFile(nodeFileSystem, path)).toMatchObject({
        ok: false,
        message: `Could not open "${path}": the path has too many symbolic links.`,
      });
      expect((await lstat(path)).isSymbolicLink()).toBe(true);
    });

    // A link whose target is missing (a map on a drive not mounted today, a file moved away) stays a
    // link: the save creates the file where it points.
    it('a dangling link keeps being a link, and the file appears where it points', async () => {
      await mkdir(at('drive'));
      const target = at('drive', 'away.argmap.json');
      await symlink(target, at('dangling.argmap.json'));
      await writeFileAtomic(nodeFileSystem, at('dangling.argmap.json'), serializeMap(FIRST));
      expect((await lstat(at('dangling.argmap.json'))).isSymbolicLink()).toBe(true);
      expect(await readFile(target, 'utf8')).toBe(serializeMap(FIRST));
    });
  });

  describe('paths that cannot be saved fail with a sentence naming the path and leave the disk as it was', () => {
    it.skipIf(!posix)('a read-only file', async () => {
      const path = at('read-only.argmap.json');
      await writeFile(path, serializeMap(FIRST));
      await chmod(path, 0o444);
      expect(await writeFileAtomic(nodeFileSystem, path, serializeMap(SECOND))).toEqual({
        ok: false,
        message: `Could not save "${path}": the file is read-only.`,
      });
      expect(await readFile(path, 'utf8')).toBe(serializeMap(FIRST));
      expect((await stat(path)).mode & 0o777).toBe(0o444);
      expect(await readdir(tempDir())).toEqual(['read-only.argmap.json']);
      // It still opens.
      expect(await readMapFile(nodeFileSystem, path)).toMatchObject({ ok: true, map: FIRST });
    });

    it.skipIf(!posix)('a read-only file reached through a link', async () => {
      const real = at('real.argmap.json');
      await writeFile(real, serializeMap(FIRST));
      await chmod(real, 0o444);
      await symlink(real, at('link.argmap.json'));
      expect(await writeFileAtomic(nodeFileSystem, at('link.argmap.json'), serializeMap(SECOND))).toEqual({
        ok: false,
        message: `Could not save "${at('link.argmap.json')}": the file is read-only.`,
      });
      expect(await readFile(real, 'utf8')).toBe(serializeMap(FIRST));
    });

    // (A folder the user may not write to is refused by the system with EACCES: saveFailures.test.ts
    // covers that errno at every step. It cannot be staged for real here, where tests run as root.)

    it.each([
      ['256 bytes', nameOfBytes(256)],
      ['264 bytes of emoji', nameOfBytes(264, '😀')],
    ])('a name of %s, over the limit of a name', async (_, name) => {
      const path = at(name);
      expect(await writeFileAtomic(nodeFileSystem, path, serializeMap(FIRST))).toEqual({
        ok: false,
        message: `Could not save "${path}": the path is too long.`,
      });
      expect(await readMapFile(nodeFileSystem, path)).toMatchObject({
        ok: false,
        message: `Could not open "${path}": the path is too long.`,
      });
      expect(await readdir(tempDir())).toEqual([]);
    });

    it('a path over the length limit of a path', async () => {
      const path = join(tempDir(), ...Array.from({ length: 24 }, () => 'f'.repeat(200)), 'm.argmap.json');
      expect(bytes(path)).toBeGreaterThan(4096);
      // The message names the path shortened to its start and its end, so it stays one readable line.
      expect(await writeFileAtomic(nodeFileSystem, path, serializeMap(FIRST))).toEqual({
        ok: false,
        message: `Could not save "${shortenForDisplay(path)}": the path is too long.`,
      });
      expect(shortenForDisplay(path)).toMatch(/^\/.*…f+\/m\.argmap\.json$/);
      expect(shortenForDisplay(path).length).toBeLessThan(200);
    });

    it('a folder that does not exist', async () => {
      const path = at('no such folder', 'm.argmap.json');
      expect(await writeFileAtomic(nodeFileSystem, path, serializeMap(FIRST))).toEqual({
        ok: false,
        message: `Could not save "${path}": the folder it goes in does not exist.`,
      });
      expect(await readMapFile(nodeFileSystem, path)).toMatchObject({
        ok: false,
        message: `Could not open "${path}": the file or its folder does not exist.`,
      });
    });

    it('a file where a folder should be', async () => {
      await writeFile(at('not a folder'), '');
      const path = at('not a folder', 'm.argmap.json');
      expect(await writeFileAtomic(nodeFileSystem, path, serializeMap(FIRST))).toEqual({
        ok: false,
        message: `Could not save "${path}": part of the path is a file, not a folder.`,
      });
    });

    // The same check keeps a save to /dev/null, run as root, from replacing the device with a file.
    it.skipIf(!posix)('a FIFO (or a device) is never replaced by a file', async () => {
      const path = at('pipe.argmap.json');
      execFileSync('mkfifo', [path]);
      expect(await writeFileAtomic(nodeFileSystem, path, serializeMap(FIRST))).toEqual({
        ok: false,
        message: `Could not save "${path}": it is not a regular file.`,
      });
      expect((await lstat(path)).isFIFO()).toBe(true);
      expect(await readdir(tempDir())).toEqual(['pipe.argmap.json']);
      expect(await readMapFile(nodeFileSystem, path)).toMatchObject({
        ok: false,
        message: `Could not open "${path}": it is not a regular file.`,
      });
    });
  });
});
