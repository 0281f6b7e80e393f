import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

// The command line as a user runs it, from the built package: plain Node, no browser.
const argmap = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/argmap.cjs', ...args], { encoding: 'utf8' });

test('argmap validate: exit 0 for a valid map, 1 with each problem’s pointer for a broken one, 2 for bad usage', () => {
  const valid = argmap('validate', 'maps/article.argmap.json');
  expect(valid.status).toBe(0);
  expect(valid.stdout).toContain('a valid map (100 nodes');

  const broken = argmap(
    'validate',
    'maps/article.argmap.json',
    'tests/fixtures/broken/dangling-edge.argmap.json',
  );
  expect(broken.status).toBe(1);
  // Problems on standard error, the valid file and the count on standard output.
  expect(broken.stderr).toContain('/edges/0/to  dangling-reference:');
  expect(broken.stdout).not.toContain('dangling-reference');
  expect(broken.stdout).toContain('a valid map (100 nodes');
  expect(broken.stdout).toContain('1 valid, 1 invalid');

  const usage = argmap('frobnicate');
  expect(usage.status).toBe(2);
  expect(usage.stderr).toContain('Usage: argmap validate');
});

test('argmap export: the built command draws PNG, SVG and PDF in plain Node, and the PNG opens again as the map', () => {
  const folder = mkdtempSync(join(tmpdir(), 'argmap-cli-'));
  for (const [file, extra] of [
    ['map.png', ['--scale', '1']],
    ['map.svg', ['--theme', 'projector']],
    ['sheets.pdf', ['--paper', 'letter', '--no-embed']],
  ] as const) {
    const result = argmap('export', 'maps/article.argmap.json', '--out', join(folder, file), ...extra);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`✓ ${join(folder, file)}: `);
  }
  expect(readFileSync(join(folder, 'map.png')).subarray(1, 4).toString()).toBe('PNG');
  expect(readFileSync(join(folder, 'sheets.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  const reopened = argmap('validate', join(folder, 'map.png'));
  expect(reopened.status).toBe(0);
  expect(reopened.stdout).toContain('a valid map (100 nodes');

  const usage = argmap('export', 'maps/article.argmap.json', '--out', join(folder, 'x.gif'));
  expect(usage.status).toBe(2);
  expect(usage.stderr).toContain('--format must be png, svg, pdf or html');
});

test('argmap export never writes over the map it reads, by its name or through a link', () => {
  const folder = mkdtempSync(join(tmpdir(), 'argmap-cli-'));
  const map = join(folder, 'm.argmap.json');
  copyFileSync('maps/article.argmap.json', map);
  symlinkSync(map, join(folder, 'link.svg'));
  const before = readFileSync(map);
  for (const out of [map, join(folder, 'link.svg')]) {
    const result = argmap('export', map, '--out', out, '--format', 'svg', '--no-embed');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`Will not write "${out}"`);
    expect(readFileSync(map).equals(before)).toBe(true);
  }
  const validated = argmap('validate', map);
  expect(validated.status).toBe(0);
});
