import { chmod, mkdir, readdir, readFile, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../../../src-main/files/atomicWrite';
import { nodeFileSystem } from '../../../src-main/files/fileSystem';
import { faultyFileSystem, type Operation, tempDirPerTest } from './faultyFileSystem';

const ORIGINAL = '{"title":"the saved version"}\n';
const NEW_TEXT = '{"title":"the new version — with ünïcödé"}\n';

describe('writeFileAtomic', () => {
  const tempDir = tempDirPerTest();
  const target = () => join(tempDir(), 'debate.argmap.json');

  describe('when everything works', () => {
    it('replaces the file and leaves nothing else in the folder', async () => {
      await writeFile(target(), ORIGINAL);
      expect(await writeFileAtomic(nodeFileSystem, target(), NEW_TEXT)).toEqual({ ok: true });
      expect(await readFile(target(), 'utf8')).toBe(NEW_TEXT);
      expect(await readdir(tempDir())).toEqual(['debate.argmap.json']);
    });

    it('creates the file when none exists', async () => {
      expect(await writeFileAtomic(nodeFileSystem, target(), NEW_TEXT)).toEqual({ ok: true });
      expect(await readFile(target(), 'utf8')).toBe(NEW_TEXT);
      expect(await readdir(tempDir())).toEqual(['debate.argmap.json']);
    });

    it.skipIf(process.platform === 'win32')('keeps the permissions of the file it replaces', async () => {
      for (const mode of [0o600, 0o640, 0o664, 0o700]) {
        await writeFile(target(), ORIGINAL);
        await chmod(target(), mode);
        await writeFileAtomic(nodeFileSystem, target(), NEW_TEXT);
        expect((await stat(target())).mode & 0o777).toBe(mode);
      }
    });

    it('writes the temporary file exclusively, hidden, beside the target', async () => {
      const faulty = faultyFileSystem();
      await writeFileAtomic(faulty.fs, target(), NEW_TEXT);
      const temp = faulty.opened[0];
      expect(temp?.flags).toBe('wx');
      expect(temp?.path.startsWith(join(tempDir(), '.debate.argmap.json.'))).toBe(true);
    });

    it('saves a file whose name is near the length limit of a name', async () => {
      const long = join(tempDir(), `${'n'.repeat(240)}.argmap.json`);
      expect(await writeFileAtomic(nodeFileSystem, long, NEW_TEXT)).toEqual({ ok: true });
      expect(await readFile(long, 'utf8')).toBe(NEW_TEXT);
    });

    it.skipIf(process.platform === 'win32')(
      'saving through a symbolic link replaces the file it points to',
      async () => {
        const real = join(tempDir(), 'real.argmap.json');
        const link = join(tempDir(), 'link.argmap.json');
        await writeFile(real, ORIGINAL);
        await symlink(real, link);
        expect(await writeFileAtomic(nodeFileSystem, link, NEW_TEXT)).toEqual({ ok: true });
        expect(await readFile(real, 'utf8')).toBe(NEW_TEXT);
        expect(await readlink(link)).toBe(real);
      },
    );
  });

  describe('when a step fails, the original is untouched, no temporary file is left and the reason is given', () => {
    const cases: Array<[Operation, number, string, string]> = [
      ['open', 1, 'EACCES', 'permission denied'],
      ['open', 1, 'EROFS', 'the disk is read-only'],
      ['open', 1, 'EMFILE', 'too many files are open; close some windows and try again'],
      ['write', 1, 'ENOSPC', 'the disk is full'],
      ['write', 1, 'EIO', 'the disk reported a read or write error'],
      ['sync', 1, 'ENOSPC', 'the disk is full'],
      ['sync', 1, 'EIO', 'the disk reported a read or write error'],
      ['close', 1, 'EIO', 'the disk reported a read or write error'],
      ['rename', 1, 'EXDEV', 'the file cannot be moved between different disks'],
      ['rename', 1, 'EACCES', 'permission denied'],
      ['rename', 1, 'EBUSY', 'the file is in use by another program'],
      ['realpath', 1, 'EACCES', 'permission denied'],
      ['stat', 1, 'EACCES', 'permission denied'],
    ];

    it.each(cases)('%s fails (call %i) with %s', async (operation, nth, code, reason) => {
      await writeFile(target(), ORIGINAL);
      const faulty = faultyFileSystem();
      faulty.failOn(operation, nth, code);

      const result = await writeFileAtomic(faulty.fs, target(), NEW_TEXT);

      expect(result).toEqual({ ok: false, message: `Could not save "${target()}": ${reason}.` });
      expect(await readFile(target(), 'utf8')).toBe(ORIGINAL);
      expect(await readdir(tempDir())).toEqual(['debate.argmap.json']);
    });

    it('the temporary file is removed even when writing it failed half-way on a new file', async () => {
      const faulty = faultyFileSystem();
      faulty.failOn('write', 1, 'ENOSPC');
      const result = await writeFileAtomic(faulty.fs, target(), NEW_TEXT);
      expect(result.ok).toBe(false);
      expect(await readdir(tempDir())).toEqual([]);
    });

    it('a failed clean-up does not hide the first reason', async () => {
      await writeFile(target(), ORIGINAL);
      const faulty = faultyFileSystem();
      faulty.failOn('write', 1, 'ENOSPC');
      faulty.failOn('unlink', 1, 'EACCES');
      const result = await writeFileAtomic(faulty.fs, target(), NEW_TEXT);
      expect(result).toEqual({ ok: false, message: `Could not save "${target()}": the disk is full.` });
      expect(await readFile(target(), 'utf8')).toBe(ORIGINAL);
    });

    it('an existing file that happens to have the temporary name is never removed', async () => {
      await writeFile(target(), ORIGINAL);
      const faulty = faultyFileSystem();
      faulty.failOn('open', 1, 'EEXIST');
      const result = await writeFileAtomic(faulty.fs, target(), NEW_TEXT);
      expect(result.ok).toBe(false);
      expect(faulty.calls.unlink).toBe(0);
    });
  });

  describe('paths that cannot be saved to', () => {
    it('a folder that does not exist is named as the reason', async () => {
      const path = join(tempDir(), 'gone', 'debate.argmap.json');
      expect(await writeFileAtomic(nodeFileSystem, path, NEW_TEXT)).toEqual({
        ok: false,
        message: `Could not save "${path}": the folder it goes in does not exist.`,
      });
    });

    it.skipIf(process.platform === 'win32')('a file its owner made read-only is not replaced', async () => {
      await writeFile(target(), ORIGINAL);
      await chmod(target(), 0o444);
      expect(await writeFileAtomic(nodeFileSystem, target(), NEW_TEXT)).toEqual({
        ok: false,
        message: `Could not save "${target()}": the file is read-only.`,
      });
      expect(await readFile(target(), 'utf8')).toBe(ORIGINAL);
      expect(await readdir(tempDir())).toEqual(['debate.argmap.json']);
    });

    it('a folder in place of the file is refused before anything is written', async () => {
      await mkdir(target());
      expect(await writeFileAtomic(nodeFileSystem, target(), NEW_TEXT)).toEqual({
        ok: false,
        message: `Could not save "${target()}": it is a folder, not a file.`,
      });
      expect(await readdir(tempDir())).toEqual(['debate.argmap.json']);
    });
  });

  describe('syncing the folder after the rename', () => {
    // Windows cannot open a folder (EISDIR) or fsync one (EPERM); some file systems answer EINVAL.
    it.each([
      ['open', 2, 'EISDIR'],
      ['sync', 2, 'EPERM'],
      ['sync', 2, 'EINVAL'],
    ] as const)(
      'is skipped where the platform does not support it (%s → %s)',
      async (operation, nth, code) => {
        await writeFile(target(), ORIGINAL);
        const faulty = faultyFileSystem();
        faulty.failOn(operation, nth, code);
        expect(await writeFileAtomic(faulty.fs, target(), NEW_TEXT)).toEqual({ ok: true });
        expect(await readFile(target(), 'utf8')).toBe(NEW_TEXT);
      },
    );

    it('reports a real I/O error, saying the new version is already in place', async () => {
      await writeFile(target(), ORIGINAL);
      const faulty = faultyFileSystem();
      faulty.failOn('sync', 2, 'EIO');
      expect(await writeFileAtomic(faulty.fs, target(), NEW_TEXT)).toEqual({
        ok: false,
        message: `Saved "${target()}", but the disk did not confirm it (the disk reported a read or write error); save again to be sure.`,
      });
      expect(await readFile(target(), 'utf8')).toBe(NEW_TEXT);
      expect(faulty.opened[1]).toEqual({ path: tempDir(), flags: 'r' });
    });
  });
});
