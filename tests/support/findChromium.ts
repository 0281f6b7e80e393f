import { win32 } from 'node:path';

export interface BrowserSearch {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  /** Where Playwright keeps its own Chromium (`npx playwright install chromium`), installed or not. */
  playwrightChromium: () => string | undefined;
  exists: (path: string) => boolean;
}

export type FoundBrowser = { path: string; from: 'CHROMIUM_PATH' | 'Playwright' | 'system' };

/** The usual places of a system Chromium or Chrome, in order of preference. */
export function systemBrowserPaths(platform: NodeJS.Platform, env: BrowserSearch['env']): string[] {
  if (platform === 'darwin') {
    const apps = ['/Applications', `${env.HOME ?? ''}/Applications`];
    return apps.flatMap((folder) => [
      `${folder}/Chromium.app/Contents/MacOS/Chromium`,
      `${folder}/Google Chrome.app/Contents/MacOS/Google Chrome`,
    ]);
  }
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter(
      (root): root is string => !!root,
    );
    return roots.flatMap((root) => [
      win32.join(root, 'Chromium', 'Application', 'chrome.exe'),
      win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
    ]);
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ];
}

/**
 * The Chromium the tests drive: `CHROMIUM_PATH` when set (and only it, so a wrong value is never
 * papered over); otherwise Playwright's own browser when one is installed; otherwise a system
 * Chromium or Chrome. Undefined when there is none.
 */
export function findChromium(search: BrowserSearch): FoundBrowser | undefined {
  const chosen = search.env.CHROMIUM_PATH;
  if (chosen) return search.exists(chosen) ? { path: chosen, from: 'CHROMIUM_PATH' } : undefined;
  const playwright = search.playwrightChromium();
  if (playwright && search.exists(playwright)) return { path: playwright, from: 'Playwright' };
  const system = systemBrowserPaths(search.platform, search.env).find((path) => search.exists(path));
  return system ? { path: system, from: 'system' } : undefined;
}

/** What to do when no browser is found: one paragraph, like `npm start`'s for a missing Electron. */
export function noBrowserMessage(env: BrowserSearch['env']): string {
  const chosen = env.CHROMIUM_PATH
    ? `CHROMIUM_PATH is set to "${env.CHROMIUM_PATH}", but there is no browser there.`
    : 'No Chromium or Chrome was found for the tests.';
  return (
    `Argmap's tests cannot run: ${chosen} The component and end-to-end tests drive a real Chromium. ` +
    'Do one of these, then run "npm test" again: run "npx playwright install chromium" (Playwright ' +
    'keeps its own browser, the usual way); or install Chromium or Google Chrome in the usual place ' +
    '(on Debian or Ubuntu: "apt-get install chromium"); or set CHROMIUM_PATH to a Chromium or Chrome ' +
    'executable. Nothing else is needed: PDFs are read with pdf.js, not with system tools.'
  );
}
