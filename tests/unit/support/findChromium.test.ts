import { type BrowserSearch, findChromium, noBrowserMessage } from '../../support/findChromium';

/** A machine where only `present` exist, with Playwright's browser expected at `playwright`. */
function machine(
  platform: NodeJS.Platform,
  present: string[],
  env: BrowserSearch['env'] = {},
  playwright = '/cache/ms-playwright/chromium-1/chrome',
): BrowserSearch {
  return { env, platform, playwrightChromium: () => playwright, exists: (path) => present.includes(path) };
}

describe('finding the browser the tests drive', () => {
  test('CHROMIUM_PATH wins over everything, and a wrong one is not replaced by a guess', () => {
    const search = machine('linux', ['/opt/chrome', '/usr/bin/chromium'], { CHROMIUM_PATH: '/opt/chrome' });
    expect(findChromium(search)).toEqual({ path: '/opt/chrome', from: 'CHROMIUM_PATH' });
    expect(findChromium({ ...search, env: { CHROMIUM_PATH: '/nowhere' } })).toBeUndefined();
  });

  test('Playwright’s own browser comes before a system one', () => {
    const playwright = '/cache/ms-playwright/chromium-1/chrome';
    expect(findChromium(machine('linux', [playwright, '/usr/bin/chromium']))).toEqual({
      path: playwright,
      from: 'Playwright',
    });
  });

  test.each([
    ['linux', '/usr/bin/google-chrome', {}],
    ['linux', '/usr/bin/chromium', {}],
    ['darwin', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', {}],
    ['darwin', '/Users/ada/Applications/Chromium.app/Contents/MacOS/Chromium', { HOME: '/Users/ada' }],
    [
      'win32',
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
      { PROGRAMFILES: 'C:\\Program Files' },
    ],
  ] as const)('on %s, a system browser at %s', (platform, path, env) => {
    expect(findChromium(machine(platform, [path], env))).toEqual({ path, from: 'system' });
  });

  test('none at all: nothing found, and the message says what to install', () => {
    expect(findChromium(machine('linux', []))).toBeUndefined();
    const message = noBrowserMessage({});
    expect(message).toContain('npx playwright install chromium');
    expect(message).toContain('CHROMIUM_PATH');
    expect(message).not.toContain('\n');
  });
});
