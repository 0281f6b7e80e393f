import { createHash } from 'node:crypto';
import { copyFileSync, linkSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportCommand } from '../../../src-main/cli/exportCommand';
import { nodeFileSystem } from '../../../src-main/files/fileSystem';
import { loadInterFonts } from '../../../src-main/files/interFonts';
import { checkOutput } from '../../../src-main/files/outputGuard';

const ARTICLE = 'maps/article.argmap.json';
const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function folderWithMap() {
  const folder = mkdtempSync(join(tmpdir(), 'argmap-guard-'));
  const map = join(folder, 'm.argmap.json');
  copyFileSync(ARTICLE, map);
  return { folder, map, before: hash(map) };
}

const exportTo = (input: string, out: string, ...more: string[]) =>
  exportCommand(nodeFileSystem, loadInterFonts, [input, '--out', out, ...more]);

describe('argmap export never writes over the map it reads', { timeout: 60_000 }, () => {
  test('the same path: exit 1, the map untouched, the message names the file', async () => {
    const { map, before } = folderWithMap();
    const output = await exportTo(map, map, '--format', 'svg', '--no-embed');
    expect(output.exitCode).toBe(1);
    expect(output.errors.join('\n')).toContain(`Will not write "${map}": it is the file being read`);
    expect(hash(map)).toBe(before);
  });

  test('through a symbolic link whose target is the map', async () => {
    const { folder, map, before } = folderWithMap();
    const link = join(folder, 'link.svg');
    symlinkSync(map, link);
    const output = await exportTo(map, link, '--no-embed');
    expect(output.exitCode).toBe(1);
    expect(output.errors.join('\n')).toContain('the file being read');
    expect(hash(map)).toBe(before);
  });

  test('a map read through a link, written to its real path; a hard link; a path with ..', async () => {
    const { folder, map, before } = folderWithMap();
    const soft = join(folder, 'soft.argmap.json');
    const hard = join(folder, 'hard.svg');
    symlinkSync(map, soft);
    linkSync(map, hard);
    for (const [input, out] of [
      [soft, map],
      [map, hard],
      [map, join(folder, '..', folder.split('/').at(-1) as string, 'm.argmap.json')],
    ] as const) {
      const output = await exportTo(input, out, '--format', 'svg');
      expect(output.exitCode, `${input} → ${out}`).toBe(1);
    }
    expect(hash(map)).toBe(before);
  });
});

describe('argmap export never replaces another map', { timeout: 60_000 }, () => {
  test('an existing map as --out is refused, naming it', async () => {
    const { folder, map, before } = folderWithMap();
    const other = join(folder, 'other.argmap.json');
    copyFileSync(ARTICLE, other);
    const output = await exportTo(map, other, '--format', 'png');
    expect(output).toMatchObject({ exitCode: 1, lines: [] });
    expect(output.errors[0]).toBe(
      `Will not write "${other}": it is an Argmap map, and writing would replace it. Nothing was written; choose another output file.`,
    );
    expect(hash(other)).toBe(before);
  });

  test('an earlier export, even one carrying the map, is replaced as asked', async () => {
    const { folder, map } = folderWithMap();
    const slide = join(folder, 'slide.svg');
    expect((await exportTo(map, slide)).exitCode).toBe(0);
    const first = hash(slide);
    expect((await exportTo(map, slide, '--theme', 'dark')).exitCode).toBe(0);
    expect(hash(slide)).not.toBe(first);
  });

  test('a file that is not a map, and a new file, may be written', async () => {
    const { folder, map } = folderWithMap();
    const notes = join(folder, 'notes.svg');
    writeFileSync(notes, 'not a map');
    expect(await checkOutput(nodeFileSystem, notes, { inputs: [map] })).toEqual({ ok: true });
    expect(await checkOutput(nodeFileSystem, join(folder, 'new.svg'), { inputs: [map] })).toEqual({
      ok: true,
    });
  });

  test('a command that was asked to replace a map may; never the map it reads', async () => {
    const { folder, map } = folderWithMap();
    const other = join(folder, 'other.argmap.json');
    copyFileSync(ARTICLE, other);
    expect(await checkOutput(nodeFileSystem, other, { inputs: [map], replaceMap: true })).toEqual({
      ok: true,
    });
    expect(await checkOutput(nodeFileSystem, map, { inputs: [map], replaceMap: true })).toMatchObject({
      ok: false,
    });
  });
});
