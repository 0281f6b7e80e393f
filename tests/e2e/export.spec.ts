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
