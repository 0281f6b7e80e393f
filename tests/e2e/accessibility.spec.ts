import { expect, type Page, test } from '@playwright/test';
import { announcements, axeViolations, expectVisibleFocus } from './support/a11yChecks';
import { launchArgmap } from './support/argmapApp';
import { typeNode } from './support/typeNode';

// axe reads the whole window in each state: on two busy cores that takes a while.
test.describe.configure({ timeout: 300_000 });

const ctrl = process.platform === 'darwin' ? 'Meta' : 'Control';

async function runFromPalette(page: Page, label: string) {
  await page.keyboard.press(`${ctrl}+K`);
  await expect(page.getByRole('combobox', { name: 'Command' })).toBeFocused();
  await page.keyboard.type(label);
  await page.keyboard.press('Enter');
}

/** A thesis, a premise and a counterpoint, and a tour of two steps, made by keys. */
async function buildSmallMap(page: Page) {
  await page.keyboard.press('F6');
  await page.keyboard.press('Enter');
  await typeNode(page, 'Cities should ban cars.');
  await page.keyboard.press(`${ctrl}+Shift+Enter`);
  await page.keyboard.press('p');
  await typeNode(page, 'Cars make streets loud.');
  await page.keyboard.press(`${ctrl}+Shift+Enter`);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('c');
  await typeNode(page, 'Deliveries need vans.');
}

test('axe finds no problem of any impact in the editor, its dialogs and panels, presenting, light and dark', async ({
  browser,
}) => {
  const { page, close } = await launchArgmap(browser, { blank: true });
  await buildSmallMap(page);
  const found: Record<string, string[]> = {};
  const check = async (state: string) => {
    found[state] = await axeViolations(page);
  };

  // Adding the steps opened the tour panel beside the map.
  await expect(page.getByRole('complementary', { name: 'Tour' })).toBeVisible();
  await check('node selected, tour panel');
  // A folded card: its "+2" badge is for the eye; the card itself says what the fold hides, and = unfolds it.
  const thesis = page.locator('.react-flow__node-thesis');
  await page.keyboard.press('ArrowUp');
  await expect(thesis).toBeFocused();
  await page.keyboard.press('-');
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  await expect(thesis.locator('.fold-badge')).toHaveText('+2');
  await expect(thesis).toHaveAttribute('aria-description', '2 nodes folded away');
  await check('folded card');
  await page.keyboard.press('=');
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  await expect(thesis).not.toHaveAttribute('aria-description', /folded/);
  await page.keyboard.press(`${ctrl}+Shift+T`);
  await expect(page.getByRole('complementary', { name: 'Tour' })).toHaveCount(0);
  await page.keyboard.press(`${ctrl}+K`);
  await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
  await check('palette');
  await page.keyboard.press('Escape');
  await page.keyboard.press(`${ctrl}+F`);
  await expect(page.locator('.find-bar input').first()).toBeFocused();
  await check('find');
  await page.keyboard.press('Escape');
  await page.keyboard.press(`${ctrl}+/`);
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await check('shortcut sheet');
  await page.keyboard.press('Escape');
  await page.keyboard.press(`${ctrl}+Shift+E`);
  await expect(page.getByRole('dialog')).toBeVisible();
  await check('export dialog');
  await page.keyboard.press('Escape');
  await page.keyboard.press(`${ctrl}+Shift+O`);
  await expect(page.getByRole('tree')).toBeVisible();
  await check('outline');
  await page.keyboard.press('F5');
  await expect(page.getByRole('dialog', { name: 'Presentation' })).toBeVisible();
  await check('presenting');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Presentation' })).toHaveCount(0);
  await runFromPalette(page, 'Dark Theme');
  await expect(page.locator('html[data-theme="dark"]')).toHaveCount(1);
  await check('dark theme, outline open');

  // The figures for the note.
  console.log(
    Object.entries(found)
      .map(([state, list]) => `${state}: ${list.length} ${list.join('; ')}`)
      .join('\n'),
  );
  expect(found).toEqual(Object.fromEntries(Object.keys(found).map((state) => [state, []])));
  await close();
});

test('axe finds no problem of any impact in the editor on the bundled article, with its source text', async ({
  browser,
}) => {
  const { page, close } = await launchArgmap(browser);
  await expect(page.locator('.react-flow__node')).toHaveCount(100);
  await expect(page.getByRole('complementary', { name: 'Source text' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await close();
});

test('the live region says what was selected, added, deleted and undone', async ({ browser }) => {
  const { page, close } = await launchArgmap(browser, { blank: true });
  await page.keyboard.press('F6');
  await expect(announcements(page)).toHaveText('Thesis: (empty thesis)');
  await page.keyboard.press('Enter');
  await typeNode(page, 'Cities should ban cars.');
  await page.keyboard.press('p');
  await expect(announcements(page)).toHaveText('Premise added under Cities should ban cars.');
  await typeNode(page, 'Cars are loud.');
  await page.keyboard.press('ArrowUp');
  await expect(announcements(page)).toHaveText('Thesis: Cities should ban cars.');
  await page.keyboard.press('ArrowDown');
  await expect(announcements(page)).toHaveText('Premise: Cars are loud. supports: Cities should ban cars.');
  await page.keyboard.press('Delete');
  await expect(announcements(page)).toHaveText('Deleted 1 node');
  await page.keyboard.press(`${ctrl}+Z`);
  await expect(announcements(page)).toHaveText('Undone: Delete node');
  await close();
});

test('the presenter view: axe finds no problem, its controls take Tab with visible focus, its notes are a named region', async ({
  browser,
}) => {
  const app = await launchArgmap(browser, { blank: true });
  const { page } = app;
  await buildSmallMap(page);
  await page.keyboard.press('Alt+F5');
  const presenter = await app.presenterWindow();
  // The tour's current step is its last, the one just added.
  await expect(presenter.getByText('Step 2 of 2')).toBeVisible();
  const found = await axeViolations(presenter);
  console.log(`presenter view: ${found.length} ${found.join('; ')}`);
  expect(found).toEqual([]);
  await expect(presenter.getByRole('region', { name: 'Speaker notes' })).toContainText(
    'No notes for this step.',
  );
  await expect(presenter.getByRole('status', { name: 'Announcements' })).toHaveText(
    'Step 2 out of 2. Focus: Premise: Cars make streets loud.',
  );
  for (const name of ['Previous step', 'Next step', 'End the presentation']) {
    await presenter.keyboard.press('Tab');
    await expectVisibleFocus(presenter.getByRole('button', { name }));
  }
  await app.close();
});
