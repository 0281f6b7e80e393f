import { describeFsError } from '../../../src-main/files/describeFsError';
import { fsError } from './faultyFileSystem';

const PATH = '/home/a/map.argmap.json';

describe('describeFsError', () => {
  it.each([
    ['ENOSPC', 'the disk is full'],
    ['EACCES', 'permission denied'],
    ['EPERM', 'permission denied'],
    ['EROFS', 'the disk is read-only'],
    ['EISDIR', 'it is a folder, not a file'],
    ['ENOTDIR', 'part of the path is a file, not a folder'],
    ['EXDEV', 'the file cannot be moved between different disks'],
    ['EBUSY', 'the file is in use by another program'],
    ['EMFILE', 'too many files are open; close some windows and try again'],
    ['ENAMETOOLONG', 'the path is too long'],
    ['EEXIST', 'a file with that name already exists'],
    ['EIO', 'the disk reported a read or write error'],
  ])('says %s in plain words', (code, reason) => {
    expect(describeFsError('save', PATH, fsError(code, 'write'))).toBe(
      `Could not save "${PATH}": ${reason}.`,
    );
  });

  it('says what was being done', () => {
    expect(describeFsError('open', PATH, fsError('EACCES', 'open'))).toBe(
      `Could not open "${PATH}": permission denied.`,
    );
  });

  it('blames the folder for a missing path when writing, and the file or folder when reading', () => {
    const missing = fsError('ENOENT', 'open');
    expect(describeFsError('save', PATH, missing)).toBe(
      `Could not save "${PATH}": the folder it goes in does not exist.`,
    );
    expect(describeFsError('open', PATH, missing)).toBe(
      `Could not open "${PATH}": the file or its folder does not exist.`,
    );
  });

  it('falls back to Node’s own words, without the code and the (maybe temporary) path', () => {
    const error = Object.assign(
      new Error("ESTALE: stale file handle, open '/home/a/.map.argmap.json.1f2e.tmp'"),
      {
        code: 'ESTALE',
      },
    );
    expect(describeFsError('save', PATH, error)).toBe(`Could not save "${PATH}": stale file handle.`);
  });

  it('copes with errors that are not fs errors at all', () => {
    expect(describeFsError('read', PATH, new Error('Something odd.'))).toBe(
      `Could not read "${PATH}": Something odd.`,
    );
    expect(describeFsError('read', PATH, undefined)).toBe(
      `Could not read "${PATH}": an unexpected error occurred.`,
    );
    expect(describeFsError('read', PATH, 'boom')).toBe(`Could not read "${PATH}": boom.`);
  });
});
