import { access, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { densityOf } from '../../src-shared/export/pngChunks';
import { inertnessProblems } from '../support/svgDocument';
import { launchArgmap } from './support/argmapApp';

const ctrl = process.platform === 'darwin' ? 'Meta' : 'Control';

async function openExportDialog(page: Page) {
  await page.keyboard.press(`${ctrl}+Shift+E`);
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  return dialog;
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

test('File → Export… previews the export and writes the format, theme and content chosen', async ({
  browser,
}) => {
  const app = await launchArgmap(browser);
  const folder = await mkdtemp(join(tmpdir(), 'argmap-export-'));
  const dialog = await openExportDialog(app.page);

  // The preview is drawn by main's engine, and the summary says what the file will be.
  await expect(dialog.getByRole('img', { name: 'Preview of the export' })).toBeVisible();
  await dialog.getByRole('radio', { name: 'SVG', exact: true }).check();
  await expect(dialog.locator('.export-summary')).toHaveText(
    /^SVG · [\d,]+ × [\d,]+ px · vector, text as text$/,
  );
  await dialog.getByRole('radio', { name: 'Dark', exact: true }).check();
  app.dialogs.exportAnswers.push(join(folder, 'article'));
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(app.page.getByRole('status', { name: 'Messages' })).toHaveText('Exported article.svg.');
  expect(app.dialogs.asked).toContain('export:Possible reconciliation between Japan and North Korea.svg');

  const svg = await readFile(join(folder, 'article.svg'), 'utf8');
  expect(inertnessProblems(svg)).toEqual([]);
  expect(svg).toContain('fill="#17181b"'); // the dark theme's canvas behind the map
  const view = await browser.newPage();
  await view.setContent(svg.replace(/^<\?xml[^>]*\?>/, ''));
  const texts = (await view.locator('text').allTextContents()).join(' ');
  expect(texts).toContain('The recent moves of both leaders');
  expect(texts).toContain('Japan intends to comprehensively');
  await view.close();
  await app.close();
});

test('a tour step as a PNG at 1×, its density recorded, sized as the summary said', async ({ browser }) => {
  const app = await launchArgmap(browser);
  const folder = await mkdtemp(join(tmpdir(), 'argmap-export-'));
  const dialog = await openExportDialog(app.page);
  await dialog.getByRole('radio', { name: 'PNG', exact: true }).check();
  await dialog.getByRole('radio', { name: 'Tour step', exact: true }).check();
  await dialog.getByRole('combobox', { name: 'Tour step' }).selectOption({ index: 2 });
  await dialog.getByLabel(/^Scale/).fill('1');
  await expect(dialog.locator('.export-summary')).toHaveText(/^PNG · [\d,]+ × [\d,]+ px · 96 dpi$/);
  const [, width, height] =
    /([\d,]+) × ([\d,]+)/.exec((await dialog.locator('.export-summary').textContent()) ?? '') ?? [];
  app.dialogs.exportAnswers.push(join(folder, 'step'));
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(app.page.getByRole('status', { name: 'Messages' })).toHaveText('Exported step.png.', {
    timeout: 30_000,
  });
  expect(app.dialogs.asked.at(-1)).toBe(
    'export:Possible reconciliation between Japan and North Korea step 3.png',
  );
  const png = await readFile(join(folder, 'step.png'));
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([
    Number(width?.replaceAll(',', '')),
    Number(height?.replaceAll(',', '')),
  ]);
  expect(densityOf(new Uint8Array(png))).toBeCloseTo(96, 0);
  await app.close();
});

test('an exported PNG with the map embedded opens again as an editable, untitled map', async ({
  browser,
}) => {
  const app = await launchArgmap(browser);
  const folder = await mkdtemp(join(tmpdir(), 'argmap-export-'));
  const { page } = app;
  // An edit first, so the embedded map is the one on screen, not the file it came from.
  await page.locator('.react-flow__node-thesis').click();
  await page.keyboard.press('n');
  await page.keyboard.type('A note written before the export');
  await page.keyboard.press('Escape');
  const dialog = await openExportDialog(page);
  await dialog.getByRole('radio', { name: 'PNG', exact: true }).check();
  await dialog.getByRole('radio', { name: 'Selection (1)', exact: true }).check();
  await expect(dialog.getByRole('checkbox', { name: /Embed the map/ })).toBeChecked();
  app.dialogs.exportAnswers.push(join(folder, 'with map.png'));
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('status', { name: 'Messages' })).toHaveText('Exported with map.png.');

  // A new window, then File → Open on the image.
  const fresh = await launchArgmap(browser, { blank: true });
  fresh.dialogs.openAnswers.push(join(folder, 'with map.png'));
  await fresh.page.keyboard.press(`${ctrl}+O`);
  await expect(fresh.page.locator('.react-flow__node')).toHaveCount(101);
  await expect(fresh.page.getByText('A note written before the export')).toBeVisible();
  // Untitled: Save asks where, and never writes JSON over the image.
  fresh.dialogs.saveAnswers.push(null);
  await fresh.page.keyboard.press(`${ctrl}+S`);
  await expect.poll(() => fresh.dialogs.asked.at(-1)).toMatch(/^save:/);
  await fresh.close();
  await app.close();
});

test('a long export shows its progress and can be canceled: nothing is written', async ({ browser }) => {
  const app = await launchArgmap(browser);
  const folder = await mkdtemp(join(tmpdir(), 'argmap-export-'));
  const dialog = await openExportDialog(app.page);
  await dialog.getByRole('radio', { name: 'PNG', exact: true }).check();
  await dialog.getByRole('radio', { name: 'Whole map', exact: true }).check();
  await dialog.getByLabel(/^Scale/).fill('4');
  await expect(dialog.locator('.export-summary')).toHaveText(/^PNG · [\d,]+ × [\d,]+ px · 384 dpi$/);
  app.dialogs.exportAnswers.push(join(folder, 'huge'));
  await dialog.getByRole('button', { name: 'Export…' }).click();
  const progress = app.page.getByRole('status', { name: 'Export progress' });
  await expect(progress).toBeVisible({ timeout: 10_000 });
  await expect(progress.getByRole('progressbar')).toBeVisible();
  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(progress).toBeHidden({ timeout: 15_000 });
  expect(await exists(join(folder, 'huge.png'))).toBe(false);
  await app.close();
});

test('Present → Export Handout writes a PDF with a page per tour step', async ({ browser }) => {
  const app = await launchArgmap(browser);
  const folder = await mkdtemp(join(tmpdir(), 'argmap-handout-'));
  app.dialogs.exportAnswers.push(join(folder, 'seminar'));
  await app.page.keyboard.press(`${ctrl}+K`);
  await app.page.keyboard.type('handout');
  await app.page.keyboard.press('Enter');
  await expect(app.page.getByRole('status', { name: 'Messages' })).toHaveText('Exported seminar.pdf.', {
    timeout: 30_000,
  });
  const { PDFDocument } = await import('pdf-lib');
  const doc = await PDFDocument.load(await readFile(join(folder, 'seminar.pdf')));
  expect(doc.getPageCount()).toBe(33);
  await app.close();
});

test('Copy as Image and Copy as SVG put the selected nodes on the system clipboard', async ({ browser }) => {
  const app = await launchArgmap(browser);
  const { page } = app;
  await page.locator('.react-flow__node-thesis').click();
  await page.keyboard.press(`${ctrl}+K`);
  await page.keyboard.type('copy as image');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status', { name: 'Messages' })).toHaveText('Copied 1 node as an image.');
  const image = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const blob = await item?.getType('image/png');
    const bitmap = await createImageBitmap(blob as Blob);
    return { width: bitmap.width, height: bitmap.height };
  });
  // One card at 2×: about 2 × (280 + 2 × 24) wide.
  expect(image.width).toBeGreaterThan(500);
  expect(image.width).toBeLessThan(800);

  await page.keyboard.press(`${ctrl}+K`);
  await page.keyboard.type('copy as svg');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status', { name: 'Messages' })).toHaveText('Copied 1 node as SVG.');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toMatch(/^<\?xml[^>]*\?>\s*<svg /);
  expect(text).toContain('The recent moves of both leaders');
  expect(text).not.toContain('Kishida');
  await app.close();
});
