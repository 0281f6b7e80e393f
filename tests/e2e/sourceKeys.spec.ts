import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { type ArgmapApp, launchArgmap } from './support/argmapApp';

const ctrl = process.platform === 'darwin' ? 'Meta' : 'Control';
let app: ArgmapApp;
test.beforeEach(async ({ browser }) => {
  app = await launchArgmap(browser);
});
test.afterEach(() => app.close());

test('Tab walks the article’s highlights, each named by its node; Enter selects the node', async () => {
  const { page } = app;
  const article = page.getByRole('region', { name: 'Article text' });
  await article.focus();
  await page.keyboard.press('Tab');
  const first = page.locator('.source-body mark:focus');
  await expect(first).toHaveCount(1);
  await expect(first).toHaveAttribute('aria-label', /^Passage of /);
  // The focus ring shows where the keyboard is.
  expect(await first.evaluate((mark) => getComputedStyle(mark).outlineStyle)).toBe('solid');
  const firstIds = await first.getAttribute('data-nodes');
  await page.keyboard.press('Tab');
  const second = page.locator('.source-body mark:focus');
  await expect(second).not.toHaveAttribute('data-nodes', firstIds ?? '');
  await expect(second).toBeInViewport();
  const id = ((await second.getAttribute('data-nodes')) ?? '').split(' ')[0];
  await page.keyboard.press('Enter');
  await expect(page.locator(`.react-flow__node[data-id="${id}"]`)).toHaveClass(/selected/);

  // A quote's passage is named by who said it.
  await expect(
    page.locator('.source-body mark[aria-label*="the quote by Kim Jong-un"]').first(),
  ).toBeAttached();

  const { violations } = await new AxeBuilder({ page }).include('.source-pane').analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(' ')}`)).toEqual(
    [],
  );
});

test('without the mouse: F6 reaches the article, Next Unmapped Passage selects a sentence, P maps it', async () => {
  const { page } = app;
  const article = page.getByRole('region', { name: 'Article text' });
  const focusIn = (selector: string) =>
    page.evaluate((inside) => document.activeElement?.closest(inside) != null, selector);
  // F6 goes from region to region until the source pane; Tab then goes from its tools to the article.
  for (let presses = 0; presses < 8 && !(await focusIn('.source-pane')); presses++)
    await page.keyboard.press('F6');
  for (let presses = 0; presses < 10 && !(await focusIn('.source-body')); presses++)
    await page.keyboard.press('Tab');
  await expect(article).toBeFocused();
  const premises = page.locator('.react-flow__node-premise');
  const before = await premises.count();

  await page.keyboard.press(`${ctrl}+Alt+U`);
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString().trim() ?? '')).not.toBe('');
  const sentence = await page.evaluate(() => document.getSelection()?.toString().trim() ?? '');
  // The selection is in the article, still focused, so a letter makes a node of it there, in the
  // user's own words, anchored to the sentence.
  await page.keyboard.press('p');
  const field = page.getByRole('textbox', { name: 'Node text' });
  await expect(field).toBeFocused();
  await field.pressSequentially('An unmapped sentence, mapped by keys.');
  await page.keyboard.press('Enter');
  await expect(premises).toHaveCount(before + 1);
  const passage = page.locator('.source-body mark[aria-label*="An unmapped sentence, mapped by keys."]');
  await expect(passage).toHaveCount(1);
  await expect(passage).toContainText(sentence.split(/\s+/).slice(0, 3).join(' '));
});

test('File → Export… can cite the source beneath the map', async () => {
  // The preview and the export each draw the whole bundled map: long on a busy machine.
  test.slow();
  const { page, dialogs } = app;
  await page.keyboard.press(`${ctrl}+Shift+E`);
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: 'SVG', exact: true }).check();
  await dialog.getByRole('checkbox', { name: /Cite the source/ }).check();
  const folder = await mkdtemp(join(tmpdir(), 'argmap-cite-'));
  dialogs.exportAnswers.push(join(folder, 'cited'));
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('status', { name: 'Messages' })).toHaveText('Exported cited.svg.');
  const svg = await readFile(join(folder, 'cited.svg'), 'utf8');
  expect(svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).toContain(
    'Source: Matija Šerić, A New Turning Point On The Horizon',
  );
});
