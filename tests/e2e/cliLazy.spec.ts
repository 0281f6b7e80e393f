import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { compareCommand } from '../../src-main/cli/compareCommand';
import { EVALUATE_USAGE, evaluateCommand } from '../../src-main/cli/evaluateCommand';
import { EXPORT_USAGE } from '../../src-main/cli/exportCommand';
import { validateFiles } from '../../src-main/cli/validate';
import { nodeFileSystem } from '../../src-main/files/fileSystem';

// The built command loads each command's modules only when it runs. These check, on the built package,
// that this leaves out what a command does not need and changes nothing a command prints.

/** Runs the built command with a probe that lists, at exit, every module the process loaded. */
function argmapWithProbe(...args: string[]) {
  const folder = mkdtempSync(join(tmpdir(), 'argmap-lazy-'));
  const [probe, list] = [join(folder, 'probe.cjs'), join(folder, 'modules.json')];
  writeFileSync(
    probe,
    `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify(Object.keys(require.cache))));`,
  );
  const run = spawnSync(process.execPath, ['--require', probe, 'bin/argmap.cjs', ...args], {
    encoding: 'utf8',
  });
  return { ...run, modules: JSON.parse(readFileSync(list, 'utf8')) as string[] };
}

/** What only exports and article imports need: the engine's chunks and the libraries behind them. */
const HEAVY =
  /pdf-lib|fontkit|resvg|wawoff2|pdfjs|linkedom|readability|mammoth|jszip|@argdown|exportMap-|renderPng-|renderMapPdf-/;

test('argmap validate loads neither the export engine nor the article readers', () => {
  const run = argmapWithProbe('validate', 'maps/article.argmap.json');
  expect(run.status).toBe(0);
  expect(run.modules.some((path) => path.includes('readMapFile-'))).toBe(true); // the probe sees the chunks
  expect(run.modules.filter((path) => HEAVY.test(path))).toEqual([]);
});

test('argmap export loads the renderer of the format it writes, and not the others', () => {
  const folder = mkdtempSync(join(tmpdir(), 'argmap-lazy-'));
  const svg = argmapWithProbe('export', 'maps/article.argmap.json', '--out', join(folder, 'map.svg'));
  expect(svg.status).toBe(0);
  expect(svg.modules.some((path) => path.includes('exportMap-'))).toBe(true);
  expect(svg.modules.filter((path) => /\/pdf-lib\/|resvg/.test(path))).toEqual([]);
  const pdf = argmapWithProbe('export', 'maps/article.argmap.json', '--out', join(folder, 'map.pdf'));
  expect(pdf.status).toBe(0);
  expect(pdf.modules.some((path) => path.includes('/pdf-lib/'))).toBe(true);
  expect(pdf.modules.filter((path) => path.includes('resvg'))).toEqual([]);
});

test('loaded lazily, the commands print exactly what their modules say, and exit as they say', async () => {
  const fixture = 'tests/fixtures/broken/dangling-edge.argmap.json';
  const cases = [
    {
      args: ['validate', 'maps/article.argmap.json', fixture],
      direct: validateFiles(nodeFileSystem, ['maps/article.argmap.json', fixture]),
    },
    {
      args: ['evaluate', 'maps/article.argmap.json'],
      direct: evaluateCommand(nodeFileSystem, ['maps/article.argmap.json']),
    },
    {
      args: ['compare', 'maps/article.argmap.json', fixture],
      direct: compareCommand(nodeFileSystem, ['maps/article.argmap.json', fixture]),
    },
  ];
  for (const { args, direct } of cases) {
    const run = argmapWithProbe(...args);
    const expected = await direct;
    const printed = (lines: string[]) => lines.map((line) => `${line}\n`).join('');
    expect(run.stdout, args.join(' ')).toBe(printed(expected.lines));
    expect(run.stderr, args.join(' ')).toBe(printed(expected.errors));
    expect(run.status, args.join(' ')).toBe(expected.exitCode);
  }
  // The help still gathers every command's usage, each from its own module.
  const help = argmapWithProbe('--help');
  expect(help.status).toBe(0);
  expect(help.stdout).toContain(EXPORT_USAGE);
  expect(help.stdout).toContain(EVALUATE_USAGE);
});
