import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { loadMapFromText } from '../../src-shared/load/loadMap';
import { type ArgmapApp, launchArgmap } from './support/argmapApp';

const ctrl = process.platform === 'darwin' ? 'Meta' : 'Control';
let app: ArgmapApp;
let folder: string;

test.beforeEach(async ({ browser }) => {
  folder = await mkdtemp(join(tmpdir(), 'argmap-maps-'));
  app = await launchArgmap(browser);
});
test.afterEach(() => app.close());

const thesis = () => app.page.locator('.react-flow__node-thesis');

async function editThesis(text: string) {
  await thesis().dblclick();
  const field = app.page.getByRole('textbox', { name: 'Node text' });
  await field.fill(text);
  await field.press('Enter');
}

test('opens on the article map as an untitled copy', async () => {
  const { page } = app;
  await expect(page).toHaveTitle(/Japan and North Korea — Argmap$/i);
  await expect(thesis()).toContainText(/reconciliation/i);
  expect(await page.locator('.react-flow__node').count()).toBeGreaterThan(10);
  await expect(page.locator('.react-flow__edge').first()).toBeVisible();
});

test('an edited map saved with Save As reopens exactly as it was after a restart', async ({ browser }) => {
  const { page, dialogs } = app;
  await editThesis('Reconciliation is possible, but far from certain.');
  await expect(page).toHaveTitle(/^● /);
  await expect(page.getByRole('status', { name: 'Unsaved changes' })).toHaveText('Edited');

  const path = join(folder, 'my map.argmap.json');
  dialogs.saveAnswers.push(path);
  await page.keyboard.press(`${ctrl}+Shift+S`);
  await expect(page).toHaveTitle('my map — Argmap');
  await expect(page.getByRole('status', { name: 'Unsaved changes' })).toHaveCount(0);

  const saved = loadMapFromText(await readFile(path, 'utf8'));
  if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
  expect(saved.value.nodes.find((node) => node.kind === 'thesis')?.text).toBe(
    'Reconciliation is possible, but far from certain.',
  );

  await app.close();
  app = await launchArgmap(browser, { userData: app.userData });
  await expect(thesis()).not.toContainText('far from certain');
  app.dialogs.openAnswers.push(path);
  await app.page.keyboard.press(`${ctrl}+O`);
  await expect(thesis()).toContainText('Reconciliation is possible, but far from certain.');
  await expect(app.page).toHaveTitle('my map — Argmap');
  const reopened = await app.page.evaluate(() => document.querySelectorAll('.react-flow__node').length);
  expect(reopened).toBe(saved.value.nodes.length);
});

test('Save writes to the same file without asking again, and undo back to the saved state is clean', async () => {
  const { page, dialogs } = app;
  const path = join(folder, 'twice.argmap.json');
  dialogs.saveAnswers.push(path);
  await editThesis('First wording.');
  await page.keyboard.press(`${ctrl}+S`);
  await expect(page).toHaveTitle('twice — Argmap');
  await editThesis('Second wording.');
  await page.keyboard.press(`${ctrl}+S`);
  await expect(page).toHaveTitle('twice — Argmap');
  expect(dialogs.asked.filter((question) => question.startsWith('save'))).toHaveLength(1);
  expect(await readFile(path, 'utf8')).toContain('Second wording.');

  await page.keyboard.press(`${ctrl}+Z`);
  await expect(thesis()).toContainText('First wording.');
  await expect(page).toHaveTitle(/^● twice/);
  await page.keyboard.press(`${ctrl}+Shift+Z`);
  await expect(page).toHaveTitle('twice — Argmap');
});

test('a broken file is refused with a message naming the file and the problem, and the map stays open', async () => {
  const { page, dialogs } = app;
  const path = join(folder, 'broken.argmap.json');
  await writeFile(
    path,
    '{"format":"argmap","version":1,"title":"x","nodes":[{"id":"a","kind":"claim","text":"t","position":{"x":0,"y":0}}],"edges":[],"tour":[]}',
  );
  dialogs.openAnswers.push(path);
  await page.keyboard.press(`${ctrl}+O`);
  const alert = page.getByRole('alertdialog');
  await expect(alert).toContainText(path);
  await expect(alert).toContainText('/nodes/0/kind');
  await alert.getByRole('button', { name: 'Close' }).click();
  await expect(thesis()).toContainText(/reconciliation/i);
});

test('closing with unsaved changes asks first; Cancel keeps the window, Don’t Save closes it', async () => {
  const { page, dialogs, closedWindows } = app;
  await editThesis('Unsaved thought.');
  dialogs.closeAnswers.push('cancel', 'discard');
  await page.keyboard.press(`${ctrl}+W`);
  await expect.poll(() => dialogs.asked.filter((q) => q.startsWith('close')).length).toBe(1);
  expect(closedWindows).toHaveLength(0);
  await page.keyboard.press(`${ctrl}+W`);
  await expect.poll(() => closedWindows.length).toBe(1);
});

test('a saving failure keeps the map dirty and says where and why', async () => {
  const { page, dialogs } = app;
  await editThesis('Will not be saved.');
  dialogs.saveAnswers.push(join(folder, 'no such folder', 'map.argmap.json'));
  await page.keyboard.press(`${ctrl}+Shift+S`);
  const alert = page.getByRole('alertdialog');
  await expect(alert).toContainText('no such folder');
  await expect(alert).toContainText(/does not exist/);
  await alert.getByRole('button', { name: 'Close' }).click();
  await expect(page).toHaveTitle(/^● /);
});

test('choosing Save when closing saves the map first, then closes', async () => {
  const { page, dialogs, closedWindows } = app;
  await editThesis('Keep this thought.');
  const path = join(folder, 'kept.argmap.json');
  dialogs.closeAnswers.push('save');
  dialogs.saveAnswers.push(path);
  await page.keyboard.press(`${ctrl}+W`);
  await expect.poll(() => closedWindows.length).toBe(1);
  expect(await readFile(path, 'utf8')).toContain('Keep this thought.');
});

test('Enter edits the selected node from the keyboard, and a drag is one step of undo', async () => {
  const { page } = app;
  await thesis().click();
  await page.keyboard.press('Enter');
  const field = page.getByRole('textbox', { name: 'Node text' });
  await expect(field).toBeFocused();
  await field.press('End');
  await field.pressSequentially(' Indeed.');
  await field.press('Escape');
  await expect(thesis()).toContainText('Indeed.');
  // The properties dock opens a double-click's time after the card was pressed, and may slide the view.
  await expect(page.getByRole('complementary', { name: 'Node properties' })).toBeVisible();
  await expect
    .poll(async () => {
      const [card, canvas] = [await thesis().boundingBox(), await page.locator('.canvas').boundingBox()];
      return !!card && !!canvas && card.x + card.width <= canvas.x + canvas.width;
    })
    .toBe(true);

  const before = await thesis().boundingBox();
  if (!before) throw new Error('thesis not drawn');
  await page.mouse.move(before.x + 40, before.y + 12);
  await page.mouse.down();
  for (let step = 1; step <= 10; step++)
    await page.mouse.move(before.x + 40 + step * 15, before.y + 12 + step * 8);
  await page.mouse.up();
  await expect.poll(async () => (await thesis().boundingBox())?.x).toBeGreaterThan(before.x + 100);
  await page.keyboard.press(`${ctrl}+Z`);
  await expect.poll(async () => (await thesis().boundingBox())?.x).toBeCloseTo(before.x, 0);
  await expect(thesis()).toContainText('Indeed.');
  await page.keyboard.press(`${ctrl}+Z`);
  await expect(thesis()).not.toContainText('Indeed.');
});
