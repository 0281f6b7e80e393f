import { spawnSync } from 'node:child_process';
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
