import { expect, type Page, test } from '@playwright/test';
import { launchArgmap } from './support/argmapApp';

/** The summary waits for main to draw the preview, which takes seconds on a busy machine. */
const PREVIEW = { timeout: 30_000 };
const ctrl = process.platform === 'darwin' ? 'Meta' : 'Control';

async function openExportDialog(page: Page) {
  await page.keyboard.press(`${ctrl}+Shift+E`);
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('the export dialog takes any PNG scale from 0.1 to 4, typed or slid', async ({ browser }) => {
  const app = await launchArgmap(browser);
  const dialog = await openExportDialog(app.page);
  await dialog.getByRole('radio', { name: 'PNG', exact: true }).check();
  await dialog.getByLabel('Exact scale').fill('0.85');
  await expect(dialog.locator('.export-summary')).toHaveText(/^PNG · [\d,]+ × [\d,]+ px · 82 dpi$/, PREVIEW);
  await dialog.getByLabel(/^Scale/).fill('0.1');
  await expect(dialog.getByLabel('Exact scale')).toHaveValue('0.1');
  await expect(dialog.locator('.export-summary')).toHaveText(/ 10 dpi$/, PREVIEW);
  // Out of range: the field says so and the export keeps the last scale it accepts.
  await dialog.getByLabel('Exact scale').fill('5');
  await expect(dialog.getByLabel('Exact scale')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.locator('.export-summary')).toHaveText(/ 10 dpi$/, PREVIEW);
  if (process.env.UPDATE_SCREENSHOT) await dialog.screenshot({ path: 'test-results/export-scale.png' });
  await app.close();
});

test('a PDF on A4 sheets can be fitted to a number of sheets across, which changes the page count', async ({
  browser,
}) => {
  test.slow(); // four previews of the whole map, each drawn by main
  const app = await launchArgmap(browser);
  const dialog = await openExportDialog(app.page);
  await dialog.getByRole('radio', { name: 'PDF', exact: true }).check();
  await dialog.getByRole('radio', { name: 'A4 sheets', exact: true }).check();
  const summary = dialog.locator('.export-summary');
  await expect(summary).toHaveText(/^PDF · \d+ A4 pages? · /, PREVIEW);
  const printSize = Number(/(\d+) A4/.exec((await summary.textContent()) ?? '')?.[1]);
  await expect(dialog.getByLabel('Sheets across')).toBeDisabled();
  await dialog.getByRole('checkbox', { name: 'Fit the width to' }).check();
  await dialog.getByLabel('Sheets across').fill('1');
  await expect(summary).toHaveText(/^PDF · 1 A4 page · /, PREVIEW);
  expect(printSize).toBeGreaterThan(1);
  await dialog.getByRole('checkbox', { name: 'Fit the width to' }).uncheck();
  await expect(summary).toHaveText(new RegExp(`^PDF · ${printSize} A4 pages · `), PREVIEW);
  if (process.env.UPDATE_SCREENSHOT) await dialog.screenshot({ path: 'test-results/export-sheets.png' });
  await app.close();
});
