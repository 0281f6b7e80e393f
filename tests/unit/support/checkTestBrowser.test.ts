import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Runs `npm test`'s first step as npm would, with `CHROMIUM_PATH` set to `browser`. */
function checkBrowser(browser: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/checkTestBrowser.ts'], {
    encoding: 'utf8',
    env: { ...process.env, CHROMIUM_PATH: browser },
  });
}

describe('npm test without a browser', () => {
  test('the browser check is the first thing npm test runs', () => {
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(scripts.test.split(' && ')[0]).toBe('tsx scripts/checkTestBrowser.ts');
  });

  test('stops with one paragraph saying what to install', () => {
    const run = checkBrowser('/nowhere/chromium');
    expect(run.status).toBe(1);
    const said = run.stderr.trim();
    expect(said).toMatch(/^Argmap's tests cannot run: CHROMIUM_PATH is set to "\/nowhere\/chromium"/);
    expect(said).toContain('npx playwright install chromium');
    expect(said).not.toContain('\n');
  }, 30_000);

  test('with a browser, says which one and goes on', () => {
    const run = checkBrowser(process.execPath);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Tests use ${process.execPath} (CHROMIUM_PATH).`);
  }, 30_000);
});
