import { createHash } from 'node:crypto';
import {
  cpSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { compareCommand } from '../../../src-main/cli/compareCommand';
import { convertCommand } from '../../../src-main/cli/convertCommand';
import { evaluateCommand } from '../../../src-main/cli/evaluateCommand';
import { type CommandOutput, exportCommand } from '../../../src-main/cli/exportCommand';
import { layoutCommand } from '../../../src-main/cli/layoutCommand';
import { newCommand } from '../../../src-main/cli/newCommand';
import { quotesCommand } from '../../../src-main/cli/quotesCommand';
import { validateFiles } from '../../../src-main/cli/validate';
import { nodeFileSystem } from '../../../src-main/files/fileSystem';
import { loadInterFonts } from '../../../src-main/files/interFonts';
import { type ArgMap, FORMAT_VERSION } from '../../../src-shared/model/map';
import { serializeMap } from '../../../src-shared/model/serialize';

const small = (title: string): ArgMap => ({
  format: 'argmap',
  version: FORMAT_VERSION,
  title,
  nodes: [
    { id: 'claim', kind: 'thesis', text: `${title}: the claim`, position: { x: 0, y: 0 } },
    { id: 'reason', kind: 'premise', text: 'A reason', position: { x: 0, y: 160 } },
  ],
  edges: [{ id: 'e', from: 'reason', to: 'claim', relation: 'supports' }],
  tour: [{ id: 's', focus: ['claim'] }],
});

/**
 * Every kind of path a command might be given: maps, exported images with and without a map, files
 * that are not maps, a folder, links to each (relative, so a copy of the folder keeps them pointing
 * inside it), a dangling link, a hard link, a path through a linked folder, and new paths.
 */
const TEMPLATE = mkdtempSync(join(tmpdir(), 'argmap-stray-template-'));
const EXISTING = [
  'a.argmap.json',
  'b.argmap.json',
  'with-map.svg',
  'with-map.png',
  'plain.svg',
  'notes.txt',
  'article.md',
  'fake.pdf',
  'folder',
  'link-to-a.argmap.json',
  'link-to-svg.svg',
  'dangling.svg',
  'hard-a.svg',
  'via-link/a.argmap.json',
  'folder/../b.argmap.json',
];
const NEW = [
  'new.svg',
  'new.png',
  'new.pdf',
  'new.html',
  'new.argmap.json',
  'new.md',
  'new.argdown',
  'new.canvas',
  'via-link/new.svg',
  'folder/new.png',
  'missing/new.svg',
];

beforeAll(async () => {
  writeFileSync(join(TEMPLATE, 'a.argmap.json'), serializeMap(small('A')));
  writeFileSync(join(TEMPLATE, 'b.argmap.json'), serializeMap(small('B')));
  writeFileSync(join(TEMPLATE, 'notes.txt'), 'not a map');
  writeFileSync(join(TEMPLATE, 'article.md'), '# An article\n\nIt argues that "maps help", said a reader.\n');
  writeFileSync(join(TEMPLATE, 'fake.pdf'), '%PDF-1.7\n');
  mkdirSync(join(TEMPLATE, 'folder'));
  for (const [out, extra] of [
    ['with-map.svg', []],
    ['with-map.png', ['--scale', '1']],
    ['plain.svg', ['--no-embed']],
  ] as const) {
    const made = await exportCommand(nodeFileSystem, loadInterFonts, [
      join(TEMPLATE, 'a.argmap.json'),
      '--out',
      join(TEMPLATE, out),
      ...extra,
    ]);
    if (made.exitCode !== 0) throw new Error(made.errors.join('\n'));
  }
  symlinkSync('a.argmap.json', join(TEMPLATE, 'link-to-a.argmap.json'));
  symlinkSync('with-map.svg', join(TEMPLATE, 'link-to-svg.svg'));
  symlinkSync('gone.svg', join(TEMPLATE, 'dangling.svg'));
  symlinkSync('.', join(TEMPLATE, 'via-link'));
}, 60_000);

/** A fresh copy of the template for one run; the hard link is made anew (copies do not keep them). */
function freshFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'argmap-stray-'));
  cpSync(TEMPLATE, folder, { recursive: true, verbatimSymlinks: true });
  linkSync(join(folder, 'a.argmap.json'), join(folder, 'hard-a.svg'));
  return folder;
}

/** Every entry under the folder, not following links: a file's hash, a link's target, or a folder. */
function snapshot(folder: string): Map<string, string> {
  const entries = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const stats = lstatSync(path);
      const key = relative(folder, path);
      if (stats.isSymbolicLink()) entries.set(key, `link → ${readlinkSync(path)}`);
      else if (stats.isDirectory()) {
        entries.set(key, 'folder');
        walk(path);
      } else entries.set(key, createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(folder);
  return entries;
}

/** The entry a write to `out` may change: the file at the end of its links. */
function writtenEntry(folder: string, out: string): string | null {
  try {
    return relative(realpathSync(folder), realpathSync(out));
  } catch {
    // A new file: its folder resolved, its own name kept. A dangling link: the file it names.
    try {
      const stats = lstatSync(out);
      if (stats.isSymbolicLink()) return writtenEntry(folder, join(out, '..', readlinkSync(out)));
    } catch {}
    try {
      return relative(
        realpathSync(folder),
        join(realpathSync(join(out, '..')), out.split('/').at(-1) as string),
      );
    } catch {
      return null;
    }
  }
}

function changedEntries(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((key) => before.get(key) !== after.get(key)).sort();
}

const existing = fc.constantFrom(...EXISTING);
const anyPath = fc.constantFrom(...EXISTING, ...NEW);

/**
 * After a command given `input` and asked to write `out`: if it failed, nothing changed; if it
 * succeeded, only the file at the end of `out`'s links changed, and that file was neither the input
 * nor a map.
 */
function expectOnlyItsOutput(
  folder: string,
  before: Map<string, string>,
  input: string,
  outPath: string,
  output: CommandOutput,
): void {
  const changed = changedEntries(before, snapshot(folder));
  if (output.exitCode !== 0) {
    expect(changed, output.errors.join('\n')).toEqual([]);
    return;
  }
  // The output may come out byte for byte as it was (the same export again); nothing else may change.
  const target = writtenEntry(folder, outPath);
  expect(changed.filter((entry) => entry !== target)).toEqual([]);
  expect(target !== null && snapshot(folder).has(target)).toBe(true);
  // What was written over was neither read nor a map.
  const read = writtenEntry(folder, join(folder, input));
  expect(target).not.toBe(read);
  expect(before.get(target as string) ?? 'new').not.toBe(before.get('a.argmap.json'));
  expect(before.get(target as string) ?? 'new').not.toBe(before.get('b.argmap.json'));
}

type Writer = (args: string[]) => Promise<CommandOutput>;

/** Articles `argmap new` reads, given as often as any other path so that most runs import one. */
const articleOrAny = fc.oneof(fc.constantFrom('notes.txt', 'article.md'), existing);

/**
 * Every command that writes a file: what it is given to read, the options tried beside
 * `<input> --out <out>`, and how many runs.
 */
const WRITERS: Array<[string, Writer, fc.Arbitrary<string>, string[][], number]> = [
  [
    'export',
    (args) => exportCommand(nodeFileSystem, loadInterFonts, args),
    existing,
    [
      [],
      ['--format', 'svg'],
      ['--format', 'png', '--scale', '1'],
      ['--format', 'pdf'],
      ['--no-embed', '--format', 'svg'],
      ['--step', '1', '--format', 'svg'],
      ['--format', 'html'],
    ],
    60,
  ],
  ['new', (args) => newCommand(nodeFileSystem, args), articleOrAny, [[], ['--title', 'T']], 40],
  [
    'convert',
    (args) => convertCommand(nodeFileSystem, args),
    existing,
    [[], ['--to', 'markdown'], ['--to', 'argmap'], ['--to', 'aif'], ['--from', 'argmap', '--to', 'canvas']],
    40,
  ],
  ['layout', (args) => layoutCommand(nodeFileSystem, args), existing, [[]], 40],
];

/** Commands that only read: any paths, any flags, and nothing may change. */
const READERS: Array<[string, (paths: string[]) => Promise<unknown>]> = [
  ['validate', (paths) => validateFiles(nodeFileSystem, paths)],
  ['compare', (paths) => compareCommand(nodeFileSystem, paths)],
  ['compare --csv', (paths) => compareCommand(nodeFileSystem, [...paths, '--csv'])],
  ['evaluate', (paths) => evaluateCommand(nodeFileSystem, paths)],
  ['evaluate --json', (paths) => evaluateCommand(nodeFileSystem, [...paths, '--json'])],
  ['quotes', (paths) => quotesCommand(nodeFileSystem, paths)],
];

describe('no command given any combination of existing paths changes a file it was not asked to write', () => {
  test.each(READERS)(
    'argmap %s, on any paths, any number of times each, changes nothing',
    async (_name, run) => {
      await fc.assert(
        fc.asyncProperty(fc.array(anyPath, { minLength: 1, maxLength: 5 }), async (paths) => {
          const folder = freshFolder();
          const before = snapshot(folder);
          await run(paths.map((path) => join(folder, path)));
          expect(changedEntries(before, snapshot(folder))).toEqual([]);
        }),
        { numRuns: 30 },
      );
    },
    120_000,
  );

  test.each(WRITERS)(
    'argmap %s writes only its --out, never a file it reads, never a map',
    async (_name, run, inputs, options, numRuns) => {
      let wrote = 0;
      await fc.assert(
        fc.asyncProperty(inputs, anyPath, fc.constantFrom(...options), async (input, out, extra) => {
          const folder = freshFolder();
          const before = snapshot(folder);
          const outPath = join(folder, out);
          const output = await run([join(folder, input), '--out', outPath, ...extra]);
          expectOnlyItsOutput(folder, before, input, outPath, output);
          if (output.exitCode === 0) wrote++;
        }),
        { numRuns },
      );
      // Refusing everything would pass the rest: the command must also have written where it may.
      expect(wrote).toBeGreaterThan(0);
    },
    300_000,
  );
});
