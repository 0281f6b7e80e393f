import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/chromium.ts';
import { PREVIEW_PORT, PREVIEW_URL } from './tests/support/previewUrl.ts';

// Said once, by the runner (not each worker), so a skipped Electron project is never silent.
if (!process.env.ELECTRON_OVERRIDE_DIST_PATH && !process.env.TEST_WORKER_INDEX) {
  console.log(
    'Electron end-to-end tests will be skipped: no Electron binary here (set ELECTRON_OVERRIDE_DIST_PATH to run them).',
  );
}

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: { baseURL: PREVIEW_URL, viewport: { width: 1280, height: 800 }, launchOptions: chromiumLaunchOptions },
  // The built renderer, served as it is bundled (file:// would block Vite's module scripts in plain Chromium).
  webServer: {
    command: `npx vite preview --outDir out/renderer --host 127.0.0.1 --port ${PREVIEW_PORT} --strictPort`,
    url: PREVIEW_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
  projects: [
    { name: 'chromium', testIgnore: 'electron/**' },
    { name: 'electron', testMatch: 'electron/**/*.spec.ts' },
  ],
});
