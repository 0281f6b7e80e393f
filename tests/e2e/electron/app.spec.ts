import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type ElectronApplication, _electron as electron, expect, test } from '@playwright/test';

// The real app in Electron. Electron's binary cannot be downloaded on every machine (not on our CI):
// this project runs where ELECTRON_OVERRIDE_DIST_PATH names a folder holding one, and says it was skipped otherwise.
const distPath = process.env.ELECTRON_OVERRIDE_DIST_PATH;
const executable = distPath
  ? join(distPath, process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : 'electron')
  : '';
const available = !!distPath && existsSync(executable);
const whySkipped = distPath
  ? `Electron end-to-end tests skipped: no Electron executable at ${executable}.`
  : 'Electron end-to-end tests skipped: no Electron binary on this machine (set ELECTRON_OVERRIDE_DIST_PATH to a folder holding one to run them).';
test.skip(!available, whySkipped);

const mainScript = resolve('out/main/main.cjs');

async function launch(userData: string, files: string[] = []): Promise<ElectronApplication> {
  return electron.launch({
    executablePath: executable,
    args: [mainScript, ...files],
    env: { ...process.env, ARGMAP_USER_DATA_DIR: userData },
  });
}

test('edit, save as, quit, and reopen the file from the command line', async () => {
  const userData = await mkdtemp(join(tmpdir(), 'argmap-electron-'));
  const path = join(userData, 'saved.argmap.json');

  const app = await launch(userData);
  const window = await app.firstWindow();
  const thesis = window.locator('.react-flow__node-thesis');
  await expect(thesis).toContainText(/reconciliation/i);

  const isolated = await window.evaluate(
    () => typeof (window as unknown as { require?: unknown }).require === 'undefined',
  );
  expect(isolated).toBe(true);

  await thesis.dblclick();
  await window.getByRole('textbox', { name: 'Node text' }).fill('Saved from Electron.');
  await window.keyboard.press('Enter');
  await app.evaluate(({ dialog }, filePath) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
  }, path);
  await window.keyboard.press(process.platform === 'darwin' ? 'Meta+Shift+S' : 'Control+Shift+S');
  await expect(window).toHaveTitle('saved — Argmap');
  expect(await readFile(path, 'utf8')).toContain('Saved from Electron.');
  await app.close();

  const again = await launch(userData, [path]);
  const reopened = await again.firstWindow();
  await expect(reopened.locator('.react-flow__node-thesis')).toContainText('Saved from Electron.');
  await expect(reopened).toHaveTitle('saved — Argmap');
  await again.close();
});
