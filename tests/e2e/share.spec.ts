import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { serializeMap } from '../../src-shared/model/serialize';
import type { PageData } from '../../src-shared/share/pageData';
import { hostileMap } from '../support/hostileMap';
import { launchArgmap } from './support/argmapApp';

const run = promisify(execFile);
const CLI = resolve('bin/argmap.cjs');
let folder = '';
let articlePage = '';

test.beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'argmap-share-'));
  articlePage = join(folder, 'talk.html');
  // The built command line writes the page, as a lecturer would.
  await run(process.execPath, [CLI, 'export', 'maps/article.argmap.json', '--out', articlePage]);
});

/**
 * Opens a shared page from its file URL with every other request refused and counted, and every
 * console error and page error kept.
 */
async function openShared(browser: Browser, file: string, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const url = pathToFileURL(file).href;
  const requests: string[] = [];
  const errors: string[] = [];
  await page.route('**', (route) => {
    if (route.request().url() === url) return route.continue();
    requests.push(route.request().url());
    return route.abort();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await expect(page.getByRole('banner')).toBeVisible();
  const data = JSON.parse((await page.locator('#argmap-data').textContent()) ?? '') as PageData;
  return { page, context, data, requests, errors };
}

const card = (page: Page, id: string) => page.locator(`g[data-node="${id}"][tabindex]`);

test('the shared page opens offline: no request, no error, the thesis on the first screen', async ({
  browser,
}) => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    const { page, context, data, requests, errors } = await openShared(browser, articlePage, viewport);
    const thesis = await card(page, data.thesis ?? '').boundingBox();
    expect(thesis).not.toBeNull();
    if (thesis) {
      expect(thesis.x).toBeGreaterThanOrEqual(0);
      expect(thesis.y).toBeGreaterThanOrEqual(0);
      expect(thesis.x + thesis.width).toBeLessThanOrEqual(viewport.width);
      expect(thesis.y + thesis.height).toBeLessThanOrEqual(viewport.height);
    }
    await expect(page.locator('svg text').first()).toBeVisible();
    // Inter is drawn from the page itself.
    expect(await page.evaluate(() => document.fonts.check('14px "Inter Variable"', 'Japan'))).toBe(true);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }
});

test('every step of the tour is reached with the keys, and the overview shows every node', async ({
  browser,
}) => {
  const { page, context, data, requests, errors } = await openShared(browser, articlePage);
  const hidden = () =>
    page
      .locator('g[data-node][tabindex]')
      .evaluateAll((groups) =>
        groups.filter((g) => getComputedStyle(g).display === 'none').map((g) => g.getAttribute('data-node')),
      );
  await page.getByRole('button', { name: /Play the tour/ }).focus();
  await page.keyboard.press('Enter');
  const tour = page.getByRole('region', { name: 'Tour' });
  for (const [index, step] of data.steps.entries()) {
    await expect(tour.locator('.tour-counter')).toHaveText(`Step ${index + 1} of ${data.steps.length}`);
    await expect(tour.getByRole('heading')).toHaveText(step.title);
    const shown = new Set(data.nodes.map((node) => node.id));
    for (const id of await hidden()) shown.delete(id ?? '');
    expect([...shown].sort()).toEqual([...step.revealed].sort());
    for (const id of step.focus) await expect(card(page, id)).not.toHaveClass(/is-dimmed/);
    await page.keyboard.press(index % 2 === 0 ? 'ArrowRight' : 'Space');
  }
  await page.keyboard.press('Home');
  await expect(tour.locator('.tour-counter')).toHaveText(`Step 1 of ${data.steps.length}`);
  await page.keyboard.press('End');
  await expect(tour.locator('.tour-counter')).toHaveText(`Step ${data.steps.length} of ${data.steps.length}`);
  await page.keyboard.press('ArrowLeft');
  await expect(tour.locator('.tour-counter')).toHaveText(
    `Step ${data.steps.length - 1} of ${data.steps.length}`,
  );

  // The notes can be hidden; B blacks the screen out and back; O shows every node at once.
  await tour.getByRole('button', { name: 'Hide notes' }).click();
  await expect(tour.locator('.tour-notes')).toBeHidden();
  await page.keyboard.press('b');
  await expect(page.locator('.blackout')).toBeVisible();
  await page.keyboard.press('b');
  await expect(page.locator('.blackout')).toBeHidden();
  await page.keyboard.press('o');
  await expect(tour.getByRole('list')).toBeVisible();
  expect(await hidden()).toEqual([]);
  // Every node's text is on the page, as its card's name, in the overview or in a step.
  for (const node of data.nodes)
    await expect(card(page, node.id)).toHaveAttribute('aria-label', `${node.kind}: ${node.text}`);
  await tour.getByRole('button', { name: /^3\. / }).click();
  await expect(tour.locator('.tour-counter')).toHaveText(`Step 3 of ${data.steps.length}`);

  await page.keyboard.press('Escape');
  await expect(tour).toBeHidden();
  expect(await hidden()).toEqual([]);
  expect(requests).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

test('clicking a quote shows its text, speaker and role, and its passage highlighted in the source', async ({
  browser,
}) => {
  const { page, context, data, requests, errors } = await openShared(browser, articlePage);
  const quote = data.nodes.find((node) => node.speaker && node.role && node.passage);
  if (!quote?.passage) throw new Error('the bundled map has an anchored quote with a role');
  // Tab brings a card into view; a click opens it.
  await card(page, quote.id).focus();
  await card(page, quote.id).click();
  const panel = page.getByRole('complementary', { name: 'Node' });
  await expect(panel.locator('.node-text')).toHaveText(quote.text);
  await expect(panel.locator('.node-speaker')).toContainText(`${quote.speaker}, ${quote.role}`);
  const passage = (data.source?.text ?? '').slice(quote.passage.start, quote.passage.end);
  await expect(panel.locator('.passage-text')).toHaveText(passage);
  await panel.getByRole('button', { name: 'Show in the source' }).click();
  const mark = page.getByRole('complementary', { name: 'Source text' }).locator('mark');
  await expect(mark).toHaveText(passage);
  await expect(mark).toBeInViewport();
  // The text can be selected, to quote it.
  const selected = await panel.locator('.node-text').evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return selection?.toString();
  });
  expect(selected).toBe(quote.text);
  // Keys move the map when it has focus.
  await page.locator('#argmap-map').focus();
  const before = await page.locator('.world').getAttribute('style');
  await page.keyboard.press('+');
  await page.keyboard.press('ArrowLeft');
  expect(await page.locator('.world').getAttribute('style')).not.toBe(before);
  expect(requests).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

test('the hostile-text map, shared, runs none of its texts and shows them as text', async ({ browser }) => {
  const mapPath = join(folder, 'hostile.argmap.json');
  const pagePath = join(folder, 'hostile.html');
  const map = hostileMap();
  await writeFile(mapPath, serializeMap(map as never));
  await run(process.execPath, [CLI, 'export', mapPath, '--out', pagePath, '--assessment']);
  const { page, context, requests, errors } = await openShared(browser, pagePath);
  await card(page, 'thesis').click();
  await expect(page.locator('.node-text')).toHaveText(map.nodes[0]?.text ?? '');
  await card(page, 'quote').click();
  await expect(page.locator('.node-speaker strong')).toHaveText(map.nodes[1]?.quote?.speaker ?? '');
  await page.getByRole('button', { name: /Play the tour/ }).click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator('img, iframe, a').count()).toBe(0);
  expect(requests).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

test('File → Export… offers a web page, with or without the source text', async ({ browser }) => {
  // The app starts, draws a preview and exports, then the page opens: on a busy machine, a long test.
  test.slow();
  const app = await launchArgmap(browser);
  await app.page.keyboard.press(`${process.platform === 'darwin' ? 'Meta' : 'Control'}+Shift+E`);
  const dialog = app.page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: 'Web page (HTML)' }).check();
  // The first preview loads the fonts, which takes a while on a busy machine.
  await expect(dialog.locator('.export-summary')).toContainText('Web page', { timeout: 30_000 });
  await expect(dialog.getByRole('radio', { name: 'Tour step' })).toHaveCount(0);
  const source = dialog.getByRole('checkbox', { name: /Include the source text/ });
  await expect(source).toBeChecked();
  await source.uncheck();
  app.dialogs.exportAnswers.push(join(folder, 'seminar'));
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(app.page.getByRole('status', { name: 'Messages' })).toHaveText('Exported seminar.html.', {
    timeout: 30_000,
  });
  await app.close();

  const html = await readFile(join(folder, 'seminar.html'), 'utf8');
  expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
  const { page, context, data, requests, errors } = await openShared(browser, join(folder, 'seminar.html'));
  expect(data.source?.text).toBeUndefined();
  await expect(page.getByRole('button', { name: 'Source' })).toHaveCount(0);
  expect(requests).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});
