import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { loadMapFromText } from '../../src-shared/load/loadMap';
import { launchArgmap } from './support/argmapApp';
import { typeNode } from './support/typeNode';

const ctrl = process.platform === 'darwin' ? 'Meta' : 'Control';

test('a five-node map built by keyboard alone survives undo all, redo all, save and reopen unchanged', async ({
  browser,
}) => {
  const app = await launchArgmap(browser, { blank: true });
  const { page } = app;
  const folder = await mkdtemp(join(tmpdir(), 'argmap-editor-'));

  // F6 goes to the map, on its thesis (Tab walks the toolbar first).
  await page.keyboard.press('F6');
  await page.keyboard.press('Enter');
  await typeNode(page, 'Cities should ban cars.');
  await page.keyboard.press('p');
  await typeNode(page, 'Cars make streets loud.');
  await page.keyboard.press('q');
  await typeNode(page, 'Noise harms sleep.');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('c');
  await typeNode(page, 'Deliveries need vans.');
  await page.keyboard.press('r');
  await typeNode(page, 'Cargo bikes can deliver.');
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  await expect(page.locator('.react-flow__edge')).toHaveCount(4);

  // Save what was built, then take every step back and forward again.
  const built = join(folder, 'built.argmap.json');
  app.dialogs.saveAnswers.push(built);
  await page.keyboard.press(`${ctrl}+Shift+S`);
  await expect(page).toHaveTitle('built — Argmap');
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  let steps = 0;
  while (await undo.isEnabled()) {
    await page.keyboard.press(`${ctrl}+Z`);
    steps++;
  }
  expect(steps).toBe(9);
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  await expect(page.locator('.react-flow__node-thesis')).toContainText('State the thesis');
  for (let step = 0; step < steps; step++) await page.keyboard.press(`${ctrl}+Shift+Z`);
  await expect(page).toHaveTitle('built — Argmap');

  const again = join(folder, 'again.argmap.json');
  app.dialogs.saveAnswers.push(again);
  await page.keyboard.press(`${ctrl}+Shift+S`);
  await expect(page).toHaveTitle('again — Argmap');
  expect(await readFile(again, 'utf8')).toBe(await readFile(built, 'utf8'));
  await app.close();

  const reopened = await launchArgmap(browser, { blank: true });
  reopened.dialogs.openAnswers.push(built);
  await reopened.page.keyboard.press(`${ctrl}+O`);
  await expect(reopened.page).toHaveTitle('built — Argmap');
  const third = join(folder, 'third.argmap.json');
  reopened.dialogs.saveAnswers.push(third);
  await reopened.page.keyboard.press(`${ctrl}+Shift+S`);
  await expect(reopened.page).toHaveTitle('third — Argmap');
  expect(await readFile(third, 'utf8')).toBe(await readFile(built, 'utf8'));
  const saved = loadMapFromText(await readFile(built, 'utf8'));
  expect(saved.ok && saved.value.nodes.map((node) => node.kind)).toEqual([
    'thesis',
    'premise',
    'quote',
    'counterpoint',
    'rebuttal',
  ]);
  await reopened.close();
});

test('a subtree copied from the article map pastes into another map with its links, under new ids', async ({
  browser,
}) => {
  const article = await launchArgmap(browser);
  const blank = await launchArgmap(browser, { blank: true, context: article.page.context() });
  const { page } = article;
  // Select the Kishida branch: its premise and the quotes that hang under it.
  const branch = await page.evaluate(() => {
    const nodes = [...document.querySelectorAll<HTMLElement>('.react-flow__node')];
    const claim = nodes.find((node) => node.textContent?.includes('Kishida has stepped up efforts'));
    return claim?.dataset.id ?? '';
  });
  expect(branch).not.toBe('');
  await page.locator(`.react-flow__node[data-id="${branch}"]`).evaluate((node) => node.scrollIntoView());
  await page.evaluate(
    (id) => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`)?.click(),
    branch,
  );
  await page.keyboard.press('ArrowDown');
  // The arrow key revealed the reason, and its claim sits just above it: Shift+click adds the claim.
  await page.keyboard.down('Shift');
  await page.locator(`.react-flow__node[data-id="${branch}"]`).click();
  await page.keyboard.up('Shift');
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);
  await page.keyboard.press(`${ctrl}+C`);
  await expect(page.getByRole('status', { name: 'Messages' })).toContainText('Copied 2 nodes');

  await blank.page.bringToFront();
  await blank.page.locator('.react-flow__pane').click();
  await blank.page.keyboard.press(`${ctrl}+V`);
  await expect(blank.page.locator('.react-flow__node')).toHaveCount(3);
  await expect(
    blank.page.locator('.react-flow__node', { hasText: 'Kishida has stepped up efforts' }),
  ).toHaveCount(1);
  await expect(blank.page.locator('.react-flow__edge')).toHaveCount(1);
  const pastedIds = await blank.page
    .locator('.react-flow__node')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-id')));
  expect(pastedIds).not.toContain(branch);
  await blank.close();
  await article.close();
});

async function dragBetween(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let step = 1; step <= 12; step++) {
    await page.mouse.move(from.x + ((to.x - from.x) * step) / 12, from.y + ((to.y - from.y) * step) / 12);
  }
  await page.mouse.up();
}

const centreOf = async (page: Page, selector: string) => {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not drawn`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

test('a link dragged from a claim into empty space makes a new reason there, of the kind chosen', async ({
  browser,
}) => {
  const app = await launchArgmap(browser, { blank: true });
  const { page } = app;
  const claimHandle = '.react-flow__node-thesis .react-flow__handle-bottom';
  await page.locator('.react-flow__node-thesis').hover();
  const from = await centreOf(page, claimHandle);
  await dragBetween(page, from, { x: from.x + 40, y: from.y + 220 });
  const chooser = page.getByRole('menu', { name: 'Add a node' });
  await expect(chooser).toBeVisible();
  await chooser.getByRole('menuitem', { name: /Counterpoint/ }).click();
  await typeNode(page, 'Deliveries need vans.');
  await expect(page.locator('.react-flow__node-counterpoint')).toContainText('Deliveries need vans.');
  await expect(page.locator('.react-flow__edge.relation--opposes')).toHaveCount(1);
  const claim = await page.locator('.react-flow__node-thesis').boundingBox();
  const reason = await page.locator('.react-flow__node-counterpoint').boundingBox();
  expect(reason && claim && reason.y).toBeGreaterThan((claim?.y ?? 0) + (claim?.height ?? 0));
  await app.close();
});

test('linking two nodes that are already linked is refused with a short message', async ({ browser }) => {
  const app = await launchArgmap(browser, { blank: true });
  const { page } = app;
  // F6 goes to the map, on its thesis (Tab walks the toolbar first).
  await page.keyboard.press('F6');
  await page.keyboard.press('p');
  await typeNode(page, 'Cars are loud.');
  await page.locator('.react-flow__node-premise').hover();
  const from = await centreOf(page, '.react-flow__node-premise .react-flow__handle-top');
  await page.locator('.react-flow__node-thesis').hover();
  const to = await centreOf(page, '.react-flow__node-thesis .react-flow__handle-bottom');
  await dragBetween(page, from, to);
  await expect(page.getByRole('status', { name: 'Messages' })).toHaveText('These nodes are already linked.');
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await app.close();
});

test('auto-layout runs in its worker, is one step of undo, and leaves pinned nodes where they are', async ({
  browser,
}) => {
  const app = await launchArgmap(browser, { blank: true });
  const { page } = app;
  // F6 goes to the map, on its thesis (Tab walks the toolbar first).
  await page.keyboard.press('F6');
  await page.keyboard.press('p');
  await typeNode(page, 'Cars are loud.');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('c');
  await typeNode(page, 'Deliveries need vans.');
  // Pin the counterpoint, then scatter the premise by dragging it far away.
  await page.keyboard.press('Shift+P');
  await expect(page.locator('.react-flow__node-counterpoint [aria-label="Pinned"]')).toHaveCount(1);
  // Where a node is on the map (not on screen, which moves with the view): its transform.
  const mapPosition = (selector: string) =>
    page.locator(selector).evaluate((node) => (node as HTMLElement).style.transform);
  const pinnedBefore = await mapPosition('.react-flow__node-counterpoint');
  const premise = page.locator('.react-flow__node-premise');
  // The view may still be gliding to keep the new counterpoint in sight: the premise is taken where it rests.
  let start = await premise.boundingBox();
  await expect
    .poll(async () => {
      const [before, now] = [start, await premise.boundingBox()];
      start = now;
      return before !== null && now !== null && before.x === now.x && before.y === now.y;
    })
    .toBe(true);
  if (!start) throw new Error('premise not drawn');
  const placed = await mapPosition('.react-flow__node-premise');
  await page.mouse.move(start.x + 30, start.y + 10);
  await page.mouse.down();
  for (let step = 1; step <= 8; step++)
    await page.mouse.move(start.x + 30 - step * 10, start.y + 10 + step * 25);
  await page.mouse.up();
  const scattered = await mapPosition('.react-flow__node-premise');
  expect(scattered).not.toBe(placed);

  await page.keyboard.press(`${ctrl}+Shift+L`);
  await expect.poll(() => mapPosition('.react-flow__node-premise')).not.toBe(scattered);
  expect(await mapPosition('.react-flow__node-counterpoint')).toBe(pinnedBefore);
  const thesis = await page.locator('.react-flow__node-thesis').boundingBox();
  const laidOut = await premise.boundingBox();
  expect(laidOut && thesis && laidOut.y).toBeGreaterThan((thesis?.y ?? 0) + (thesis?.height ?? 0));

  await page.keyboard.press(`${ctrl}+Z`);
  await expect.poll(() => mapPosition('.react-flow__node-premise')).toBe(scattered);
  await app.close();
});
