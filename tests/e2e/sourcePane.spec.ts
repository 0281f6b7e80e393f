import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { type ArgmapApp, launchArgmap } from './support/argmapApp';

const ctrl = process.platform === 'darwin' ? 'Meta' : 'Control';
let app: ArgmapApp;
test.beforeEach(async ({ browser }) => {
  app = await launchArgmap(browser);
});
test.afterEach(() => app.close());

/** Scrolls the article (which draws only the paragraphs in view) until `words` are drawn. */
async function scrollSourceTo(page: Page, words: string) {
  const found = await page.evaluate(async (needle) => {
    const body = document.querySelector('.source-body') as HTMLElement;
    body.scrollTop = 0;
    for (let step = 0; step < 500; step++) {
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      if (body.textContent?.includes(needle)) return true;
      body.scrollTop += body.clientHeight * 0.8;
    }
    return false;
  }, words);
  expect(found).toBe(true);
}

/** Selects the first occurrence of `words` in the source pane, as a person dragging over it would. */
async function selectInSource(page: Page, words: string) {
  await scrollSourceTo(page, words);
  await page.evaluate((needle) => {
    const body = document.querySelector('.source-body') as HTMLElement;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    let collected = '';
    const texts: Array<{ node: Text; from: number }> = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      texts.push({ node: node as Text, from: collected.length });
      collected += node.textContent;
    }
    const start = collected.indexOf(needle);
    const locate = (offset: number) => {
      const owner = texts.filter((text) => text.from <= offset).at(-1) as { node: Text; from: number };
      return [owner.node, offset - owner.from] as const;
    };
    const range = document.createRange();
    range.setStart(...locate(start));
    range.setEnd(...locate(start + needle.length));
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
  }, words);
}

test('the article is beside the map, and a node’s passage comes into view when it is selected', async () => {
  const { page } = app;
  const source = page.getByRole('complementary', { name: 'Source text' });
  await scrollSourceTo(page, 'The important issue of abductions');
  await expect(source.getByRole('heading', { name: 'The important issue of abductions' })).toBeAttached();
  const hayashi = page
    .locator('.react-flow__node', { hasText: 'Japan intends to comprehensively resolve' })
    .first();
  await hayashi.evaluate((element) => element.scrollIntoView());
  const id = await hayashi.getAttribute('data-id');
  await page.evaluate((nodeId) => {
    // Select through the canvas's own click handling on the node.
    document.querySelector<HTMLElement>(`.react-flow__node[data-id="${nodeId}"]`)?.click();
  }, id);
  const passage = page.locator(`mark[data-nodes~="${id}"]`).first();
  await expect(passage).toHaveClass(/is-emphasised/);
  await expect(passage).toBeInViewport();
});

test('a quote made from selected text is saved anchored, and reopens highlighted', async ({ browser }) => {
  const { page, dialogs } = app;
  const words = 'the Biden administration is ready to leave the initiative to the Japanese';
  await selectInSource(page, words);
  await page.keyboard.press('q');
  const dialog = page.getByRole('dialog', { name: 'Who said this?' });
  await dialog.getByLabel('Speaker').fill('Matija Šerić');
  await dialog.getByLabel('Role or institution').fill('the article’s author');
  await dialog.getByLabel('Printed in quotation marks').uncheck();
  await dialog.getByRole('button', { name: 'Save speaker' }).click();
  await expect(page.locator('.react-flow__node-quote', { hasText: words })).toContainText('reported speech');

  const folder = await mkdtemp(join(tmpdir(), 'argmap-source-'));
  const path = join(folder, 'with quote.argmap.json');
  dialogs.saveAnswers.push(path);
  await page.keyboard.press(`${ctrl}+S`);
  await expect(page).toHaveTitle('with quote — Argmap');

  await app.close();
  app = await launchArgmap(browser, { userData: app.userData });
  app.dialogs.openAnswers.push(path);
  await app.page.keyboard.press(`${ctrl}+O`);
  await expect(app.page).toHaveTitle('with quote — Argmap');
  const quote = app.page.locator('.react-flow__node-quote', { hasText: words });
  await expect(quote).toContainText('Matija Šerić');
  const id = await quote.getAttribute('data-id');
  await scrollSourceTo(app.page, words);
  await expect(app.page.locator(`mark[data-nodes~="${id}"]`)).toHaveText(words);
});
