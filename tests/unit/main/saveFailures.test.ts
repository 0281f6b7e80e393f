import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../../../src-main/files/atomicWrite';
import { fsErrorReason } from '../../../src-main/files/describeFsError';
import { faultyFileSystem, fsError, type Operation, tempDirPerTest } from './faultyFileSystem';

/** The errnos the data-safety issue names, and the words a person should read for each. */
const REASONS = {
  ENOSPC: 'the disk is full',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  EXDEV: 'the file cannot be moved between different disks',
  EIO: 'the disk reported a read or write error',
  EMFILE: 'too many files are open; close some windows and try again',
} as const;
type Code = keyof typeof REASONS;

interface Step {
  step: string;
  /** The call of the file-system port that fails, and which call of it (1-based). */
  operation: Operation;
  nth: number;
  /** The errnos that step can really return. */
  codes: Code[];
}

// The order of writeFileAtomic: realpath, stat, open the temp file, write, chmod, fsync, close,
// rename, then open and fsync the folder.
const BEFORE_THE_RENAME: Step[] = [
  { step: 'resolving links', operation: 'realpath', nth: 1, codes: ['EACCES', 'EPERM', 'EIO', 'EMFILE'] },
  { step: 'checking the target', operation: 'stat', nth: 1, codes: ['EACCES', 'EPERM', 'EIO'] },
  {
    step: 'opening the temporary file',
    operation: 'open',
    nth: 1,
    codes: ['ENOSPC', 'EACCES', 'EPERM', 'EROFS', 'EIO', 'EMFILE'],
  },
  // A disk that fills up writes part of the data first; ext4 remounts read-only after an error.
  { step: 'writing', operation: 'write', nth: 1, codes: ['ENOSPC', 'EIO', 'EROFS'] },
  { step: 'fsync of the temporary file', operation: 'sync', nth: 1, codes: ['ENOSPC', 'EIO', 'EROFS'] },
  // Network file systems report deferred write errors at close.
  { step: 'closing the temporary file', operation: 'close', nth: 1, codes: ['ENOSPC', 'EIO'] },
  {
    step: 'renaming over the target',
    operation: 'rename',
    nth: 1,
    codes: ['ENOSPC', 'EACCES', 'EPERM', 'EROFS', 'EXDEV', 'EIO'],
  },
];

/** After the rename the new version is in place; only whether it survives a power cut is in doubt. */
const AFTER_THE_RENAME: Array<Step & { reported: Code[] }> = [
  {
    step: 'opening the folder',
    operation: 'open',
    nth: 2,
    codes: ['EACCES', 'EPERM', 'EIO', 'EMFILE'],
    reported: ['EIO', 'EMFILE'],
  },
  {
    step: 'fsync of the folder',
    operation: 'sync',
    nth: 2,
    codes: ['EPERM', 'ENOSPC', 'EIO', 'EROFS'],
    reported: ['ENOSPC', 'EIO', 'EROFS'],
  },
];

const ORIGINAL = '{"title":"the version on disk"}\n';
const NEW_TEXT = '{"title":"the edited version"}\n';
const NAME = 'seminar notes #3.argmap.json';

const targets = ['replacing a file', 'creating a file'] as const;
const beforeCases = BEFORE_THE_RENAME.flatMap(({ step, operation, nth, codes }) =>
  codes.flatMap((code) => targets.map((target) => ({ step, operation, nth, code, target }))),
);
const afterCases = AFTER_THE_RENAME.flatMap(({ step, operation, nth, codes, reported }) =>
  codes.map((code) => ({ step, operation, nth, code, reported: reported.includes(code) })),
);

describe('a save that fails at any step', () => {
  const tempDir = tempDirPerTest();
  const path = () => join(tempDir(), NAME);

  afterAll(() => {
    const errnos = new Set([...beforeCases, ...afterCases].map((c) => c.code));
    console.log(
      `Save failure matrix: ${beforeCases.length + afterCases.length} cases — ` +
        `${BEFORE_THE_RENAME.length} steps before the rename × their errnos × (replacing, creating) = ${beforeCases.length}, ` +
        `${AFTER_THE_RENAME.length} steps after it × their errnos = ${afterCases.length}; ${errnos.size} errnos`,
    );
  });

  it.each(beforeCases)(
    '$step fails with $code ($target): the original is intact, no temporary file is left, the message says why',
    async ({ operation, nth, code, target }) => {
      if (target === 'replacing a file') await writeFile(path(), ORIGINAL);
      const faulty = faultyFileSystem();
      faulty.failOn(operation, nth, code);

      const result = await writeFileAtomic(faulty.fs, path(), NEW_TEXT);

      expect(result).toEqual({ ok: false, message: `Could not save "${path()}": ${REASONS[code]}.` });
      if (target === 'replacing a file') {
        expect(await readFile(path(), 'utf8')).toBe(ORIGINAL);
        expect(await readdir(tempDir())).toEqual([NAME]);
      } else {
        expect(await readdir(tempDir())).toEqual([]);
      }
      // The step really ran and failed (the matrix tests what it claims to).
      expect(faulty.calls[operation]).toBeGreaterThanOrEqual(nth);
    },
  );

  it.each(afterCases)(
    '$step fails with $code: the new version is in place, no temporary file is left',
    async ({ operation, nth, code, reported }) => {
      await writeFile(path(), ORIGINAL);
      const faulty = faultyFileSystem();
      faulty.failOn(operation, nth, code);

      const result = await writeFileAtomic(faulty.fs, path(), NEW_TEXT);

      expect(result).toEqual(
        reported
          ? {
              ok: false,
              message: `Saved "${path()}", but the disk did not confirm it (${REASONS[code]}); save again to be sure.`,
            }
          : // The platform cannot fsync a folder (Windows, some network shares): nothing to report.
            { ok: true },
      );
      expect(await readFile(path(), 'utf8')).toBe(NEW_TEXT);
      expect(await readdir(tempDir())).toEqual([NAME]);
      expect(faulty.opened[1]).toMatchObject({ path: tempDir(), flags: 'r' });
    },
  );
});

describe('the reasons', () => {
  it.each(Object.entries(REASONS))('%s reads as a plain sentence for every action', (code, reason) => {
    for (const action of ['open', 'read', 'save', 'write', 'create', 'remove'] as const) {
      const said = fsErrorReason(action, fsError(code, 'write'));
      expect(said).toBe(reason);
      expect(said).not.toMatch(/[A-Z]{4,}|injected|\.tmp/);
    }
  });
});
