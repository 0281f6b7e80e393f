import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
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
  expect(broken.stdout).toContain('/edges/0/to  dangling-reference:');
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
  expect(usage.stderr).toContain('--format must be png, svg or pdf');
});
