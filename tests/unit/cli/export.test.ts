import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseExportArgs } from '../../../src-main/cli/exportArgs';
import { exportCommand } from '../../../src-main/cli/exportCommand';
import { exportMap } from '../../../src-main/export/exportMap';
import { nodeFileSystem } from '../../../src-main/files/fileSystem';
import { loadInterFonts } from '../../../src-main/files/interFonts';
import { DEFAULT_EXPORT_OPTIONS } from '../../../src-shared/export/exportOptions';
import { loadMapFromText } from '../../../src-shared/load/loadMap';

const folder = mkdtempSync(join(tmpdir(), 'argmap-cli-export-'));

describe('argmap export: reading the arguments', () => {
  test('the format comes from --out when not given; every option has the app’s default', () => {
    expect(parseExportArgs(['map.argmap.json', '--out', 'slide.PNG'])).toEqual({
      mapPath: 'map.argmap.json',
      out: 'slide.PNG',
      options: { ...DEFAULT_EXPORT_OPTIONS, format: 'png' },
    });
  });

  test('every option the issue names, and a step counted from 1', () => {
    const parsed = parseExportArgs([
      'm.argmap.json',
      '--format',
      'pdf',
      '--out',
      'x',
      '--scale',
      '3',
      '--background',
      'transparent',
      '--padding',
      '0',
      '--theme',
      'projector',
      '--step',
      '2',
      '--paper',
      'a4',
      '--no-embed',
    ]);
    expect(parsed).toMatchObject({
      options: {
        format: 'pdf',
        scale: 3,
        background: 'transparent',
        padding: 0,
        theme: 'projector',
        subject: { kind: 'step', index: 1 },
        paper: 'a4',
        embedMap: false,
      },
    });
  });

  test.each([
    [['a', 'b', '--out', 'x.png'], 'exactly one map'],
    [['m'], '--out'],
    [['m', '--out', 'x.gif'], '--format must be png, svg, pdf or html'],
    [['m', '--out', 'x.png', '--scale', '9'], '--scale must be a number from 0.1 to 4 (got "9")'],
    [['m', '--out', 'x.png', '--scale', 'big'], '--scale must be a number from 0.1 to 4 (got "big")'],
    [['m', '--out', 'x.png', '--scale', ''], '--scale must be a number from 0.1 to 4 (got "")'],
    [['m', '--out', 'x.png', '--theme', 'neon'], '--theme must be light, dark or projector (got "neon")'],
    [['m', '--out', 'x.png', '--step', '0'], 'steps are numbered from 1 (got "0")'],
    [['m', '--out', 'x.png', '--step', '-2'], 'steps are numbered from 1 (got "-2")'],
    [['m', '--out', 'x.png', '--padding', '1.5'], '--padding must be a whole number of pixels from 0'],
    [
      ['m', '--out', 'x.png', '--padding', '-5'],
      '--padding must be a whole number of pixels from 0 to 400 (got "-5")',
    ],
    [['m', '--out', 'x.png', '--colour', 'red'], "Unknown option '--colour'"],
    [['m', '--out', 'x.png', '--scale', '0.05'], '--scale must be a number from 0.1 to 4 (got "0.05")'],
    [
      ['m', '--out', 'x.pdf', '--paper', 'a4', '--fit-width', '0'],
      '--fit-width must be a whole number of sheets from 1 to 500 (got "0")',
    ],
    [['m', '--out', 'x.pdf', '--fit-width', '3'], '--fit-width is for a PDF on sheets'],
    [['m', '--out', 'x.png', '--paper', 'a4', '--fit-width', '3'], '--fit-width is for a PDF on sheets'],
  ])('refuses %j, naming what is wrong', (args, problem) => {
    const parsed = parseExportArgs(args);
    expect('usage' in parsed && parsed.usage).toContain(problem);
  });
});

test('takes any scale from 0.1 to 4, so the scale a refusal names can be given', () => {
  for (const scale of ['0.1', '0.85', '4']) {
    const parsed = parseExportArgs(['m', '--out', 'x.png', '--scale', scale]);
    expect('options' in parsed && parsed.options.scale).toBe(Number(scale));
  }
});

test('fits the width of a PDF on sheets to --fit-width sheets', () => {
  const parsed = parseExportArgs(['m', '--out', 'x.pdf', '--paper', 'letter', '--fit-width', '4']);
  expect('options' in parsed && parsed.options).toMatchObject({ paper: 'letter', sheetsAcross: 4 });
});

describe('argmap export: writing the file', () => {
  test('writes exactly the bytes the app’s export makes, and says what it wrote', async () => {
    const out = join(folder, 'step.svg');
    const output = await exportCommand(nodeFileSystem, loadInterFonts, [
      'maps/article.argmap.json',
      '--out',
      out,
      '--step',
      '3',
      '--theme',
      'dark',
    ]);
    expect(output.exitCode).toBe(0);
    expect(output.lines[0]).toMatch(/^✓ .*step\.svg: SVG, [\d,]+ × [\d,]+ px, \d+ KB, in [\d.]+ s$/);
    const loaded = loadMapFromText(readFileSync('maps/article.argmap.json', 'utf8'));
    if (!loaded.ok) throw new Error('the article map does not load');
    const app = await exportMap(
      loaded.value,
      { ...DEFAULT_EXPORT_OPTIONS, format: 'svg', theme: 'dark', subject: { kind: 'step', index: 2 } },
      { fonts: await loadInterFonts() },
    );
    expect(app.ok && Buffer.from(app.bytes).equals(readFileSync(out))).toBe(true);
  });

  test('a map that does not load: exit 1 and the loader’s message; nothing written', async () => {
    const out = join(folder, 'broken.png');
    const output = await exportCommand(nodeFileSystem, loadInterFonts, [
      'tests/fixtures/broken/dangling-edge.argmap.json',
      '--out',
      out,
    ]);
    expect(output.exitCode).toBe(1);
    expect(output.errors.join('\n')).toContain('dangling-edge.argmap.json');
    expect(readdirSync(folder)).not.toContain('broken.png');
  });

  test('an export the map cannot give: exit 1 with the reason', async () => {
    const output = await exportCommand(nodeFileSystem, loadInterFonts, [
      'maps/article.argmap.json',
      '--out',
      join(folder, 'nostep.png'),
      '--step',
      '40',
    ]);
    expect(output).toMatchObject({ exitCode: 1, errors: [expect.stringContaining('there is no step 40')] });
  });

  test('bad usage: exit 2 with the usage text', async () => {
    const output = await exportCommand(nodeFileSystem, loadInterFonts, ['--out', 'x.png']);
    expect(output.exitCode).toBe(2);
    expect(output.errors.join('\n')).toContain('argmap export <map> --out <file>');
  });
});
