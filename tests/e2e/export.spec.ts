import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { launchArgmap } from './support/argmapApp';

const ctrl = process.platform === 'darwin' ? 'Meta' : 'Control';

test('File → Export as SVG writes a true-vector SVG with every node’s text as text', async ({ browser }) => {
  const app = await launchArgmap(browser);
  const folder = await mkdtemp(join(tmpdir(), 'argmap-export-'));
  app.dialogs.exportAnswers.push(join(folder, 'article'));
  await app.page.keyboard.press(`${ctrl}+Shift+E`);
  await expect(app.page.getByRole('status', { name: 'Messages' })).toHaveText('Exported article.svg.');
  expect(app.dialogs.asked).toContain('export:Possible reconciliation between Japan and North Korea.svg');
  const svg = await readFile(join(folder, 'article.svg'), 'utf8');
  expect(svg).toMatch(/^<\?xml[^>]*\?>\s*<svg /);
  expect(svg).not.toMatch(/foreignObject|<script|\son[a-z]+=|href=|url\(/i);

  // Drawn by the browser, it shows every node's words, and the line breaks follow the canvas's font.
  const view = await browser.newPage();
  await view.setContent(svg.replace(/^<\?xml[^>]*\?>/, ''));
  const texts = await view.locator('text').allTextContents();
  expect(texts.join(' ')).toContain('The recent moves of both leaders');
  expect(texts.join(' ')).toContain('Japan intends to comprehensively');
  expect(
    await view.locator('svg').evaluate((element) => element.getBoundingClientRect().width),
  ).toBeGreaterThan(1000);
  await view.close();
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
  expect(doc.getPageCount()).toBe(16);
  await app.close();
});

test('File → Export as PNG draws the whole map, as large as a canvas allows, with its density recorded', async ({
  browser,
}) => {
  const app = await launchArgmap(browser);
  const folder = await mkdtemp(join(tmpdir(), 'argmap-png-'));
  app.dialogs.exportAnswers.push(join(folder, 'article'));
  await app.page.keyboard.press(`${ctrl}+Shift+P`);
  // The article map is over 16,000 px wide: at 2× it would pass the canvas limit, so it is drawn smaller, and said so.
  await expect(app.page.getByRole('status', { name: 'Messages' })).toContainText(
    /Exported article\.png at 1\.\d+× \(the largest that fits/,
    {
      timeout: 20_000,
    },
  );
  const png = await readFile(join(folder, 'article.png'));
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect(width).toBeLessThanOrEqual(32_767);
  expect(width).toBeGreaterThan(20_000);
  expect(height).toBeGreaterThan(500);
  const { densityOf } = await import('../../src-shared/export/pngDensity');
  expect(densityOf(new Uint8Array(png))).toBeGreaterThan(96);

  // Not blank: scaled down in a browser, the picture has the cards' many colours, not one background.
  const view = await browser.newPage();
  const colours = await view.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = 800;
    canvas.height = Math.round((800 * image.height) / image.width);
    const context = canvas.getContext('2d') as CanvasRenderingContext2D;
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
    const seen = new Set<number>();
    for (let i = 0; i < pixels.length; i += 4)
      seen.add(((pixels[i] ?? 0) << 16) | ((pixels[i + 1] ?? 0) << 8) | (pixels[i + 2] ?? 0));
    return seen.size;
  }, png.toString('base64'));
  expect(colours).toBeGreaterThan(50);
  await view.close();
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
