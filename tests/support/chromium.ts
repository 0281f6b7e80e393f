import { existsSync } from 'node:fs';
import { chromium } from 'playwright';
import { findChromium } from './findChromium.ts';

/** The browser the tests drive (see findChromium.ts), or undefined (`npm test` says so before it starts). */
export const testBrowser = findChromium({
  env: process.env,
  platform: process.platform,
  playwrightChromium: () => {
    try {
      return chromium.executablePath();
    } catch {
      return undefined;
    }
  },
  exists: existsSync,
});

// Launched so that it never reaches for the network (see ../shared/TOOLCHAIN.md).
export const chromiumLaunchOptions = {
  executablePath: testBrowser?.path,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
