import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertCommand } from '../../../src-main/cli/convertCommand';
import { nodeFileSystem } from '../../../src-main/files/fileSystem';
import { readArgdown } from '../../../src-shared/formats/argdownRead';
import { loadMapFromText } from '../../../src-shared/load/loadMap';

const folder = mkdtempSync(join(tmpdir(), 'argmap-cli-convert-'));
const at = (name: string) => join(folder, name);
const convert = (...args: string[]) => convertCommand(nodeFileSystem, args);

describe('argmap convert', () => {
  test('writes Argdown that the reference parser reads, and reads it back into a valid map (exit 0)', async () => {
    const out = await convert('maps/article.argmap.json', '--out', at('article.argdown'));
    expect(out).toEqual({
      exitCode: 0,
      errors: [],
      lines: [`✓ ${at('article.argdown')}: Argdown, 100 nodes, 99 links`],
    });
    expect(readArgdown(readFileSync(at('article.argdown'), 'utf8'), 'x').ok).toBe(true);
    const back = await convert(at('article.argdown'), '--out', at('back.argmap.json'));
    expect(back.exitCode).toBe(0);
    expect(loadMapFromText(readFileSync(at('back.argmap.json'), 'utf8')).ok).toBe(true);
  });

  test('AIF is written with --to aif and a .json input is recognised as AIF by its content', async () => {
    expect((await convert('maps/article.argmap.json', '--out', at('a.json'), '--to', 'aif')).exitCode).toBe(
      0,
    );
    const back = await convert(at('a.json'), '--out', at('from-aif.md'));
    expect(back.lines).toEqual([`✓ ${at('from-aif.md')}: Markdown outline, 100 nodes, 99 links`]);
  });

  test('a broken input exits 1 naming the file and the parser’s line and column; nothing is written', async () => {
    writeFileSync(at('bad.ad'), '[A]: x\n[B]: y {"a": "b} c"}\n');
    const out = await convert(at('bad.ad'), '--out', at('bad.md'));
    expect(out.exitCode).toBe(1);
    expect(out.errors.join('\n')).toMatch(/Could not import ".*bad\.ad":\n- line 2, column \d+: /);
    expect(() => readFileSync(at('bad.md'))).toThrow();
  });

  test('usage problems exit 2 (no --out, an unknown format, an unclear .json output); the input as output exits 1', async () => {
    expect((await convert('maps/article.argmap.json')).exitCode).toBe(2);
    expect((await convert('maps/article.argmap.json', '--out', at('x.ad'), '--to', 'docx')).exitCode).toBe(2);
    expect((await convert('maps/article.argmap.json', '--out', at('x.json'))).exitCode).toBe(2);
    const same = await convert(
      'maps/article.argmap.json',
      '--out',
      './maps/../maps/article.argmap.json',
      '--to',
      'argmap',
    );
    expect(same.exitCode).toBe(1);
    expect(same.errors[0]).toContain('the file being read');
  });
});
