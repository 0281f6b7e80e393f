import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { serializeMap } from '../../src-shared/model/serialize';
import { hostileMap } from '../support/hostileMap';
import { inertnessProblems } from '../support/svgDocument';
import { launchArgmap } from './support/argmapApp';

const ctrl = process.platform === 'darwin' ? 'Meta' : 'Control';

/** Counts CSP violations in a page (a blocked injection reports one) and reads the canary. */
async function watch(page: Page) {
  await page.addInitScript(() => {
    const host = window as unknown as { __violations: string[] };
    host.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      host.__violations.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      );
    });
  });
}
const canary = (page: Page) =>
  page.evaluate(() => ({
    xss: (window as unknown as { __xss?: number }).__xss ?? 0,
    violations: (window as unknown as { __violations?: string[] }).__violations ?? [],
  }));

test('a map whose every text carries script: opened, edited, presented and exported, nothing runs', async ({
  browser,
}) => {
  const folder = await mkdtemp(join(tmpdir(), 'argmap-xss-'));
  const mapPath = join(folder, 'hostile.argmap.json');
  await writeFile(mapPath, serializeMap(hostileMap() as never));

  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  context.on('page', (page) => void watch(page));
  const app = await launchArgmap(browser, { blank: true, context });
  const { page } = app;
  await watch(page);
  await page.reload();
  await page.locator('.react-flow__node').first().waitFor();

  // Opened: canvas, source pane (with its highlights), inspector.
  app.dialogs.openAnswers.push(mapPath);
  await page.keyboard.press(`${ctrl}+O`);
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  await expect(page.locator('.react-flow__node-thesis')).toContainText('<img src=x onerror=');
  await expect(page.locator('.source-body')).toContainText('<script>window.__xss');
  await page.locator('.react-flow__node-quote').click();
  await expect(page.getByLabel('Text', { exact: true })).toHaveValue(/javascript:/);

  // Edited: new text with another payload, through the inspector and on the canvas.
  await page.locator('.react-flow__node-premise').dblclick();
  await page.keyboard.press(`${ctrl}+A`);
  await page.keyboard.type('<img src=y onerror="window.__xss=99">');
  await page.keyboard.press('Escape');
  await expect(page.locator('.react-flow__node-premise')).toContainText('<img src=y');
  await page.keyboard.press(`${ctrl}+F`);
  await page.keyboard.type('<script>');
  await page.keyboard.press('Escape');

  // Presented: every step, the overview, and the presenter view.
  await page.keyboard.press('Alt+F5');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('o');
  await page.keyboard.press('o');
  const presenter = await app.presenterWindow();
  await expect(presenter.getByText(/window\.__xss/).first()).toBeVisible();
  await page.keyboard.press('Escape');

  // Exported: the SVG written to disk, opened as a document in its own page; a copy on the clipboard.
  app.dialogs.exportAnswers.push(join(folder, 'hostile.svg'));
  await page.keyboard.press(`${ctrl}+Shift+E`);
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'SVG', exact: true }).check();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('status', { name: 'Messages' })).toHaveText('Exported hostile.svg.');
  const svg = await readFile(join(folder, 'hostile.svg'), 'utf8');
  const viewer = await context.newPage();
  await viewer.goto(`file://${join(folder, 'hostile.svg')}`);
  await expect(viewer.locator('text').first()).toBeAttached();
  expect(await viewer.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? 0)).toBe(0);
  // The words are all there, as text; the markup around them is only drawing.
  expect(inertnessProblems(svg)).toEqual([]);
  expect(svg).toContain('&lt;script&gt;window.__xss');
  await viewer.close();

  for (const target of [page, presenter]) {
    if (target.isClosed()) continue;
    expect(await canary(target)).toEqual({ xss: 0, violations: [] });
  }
  await context.close();
});
