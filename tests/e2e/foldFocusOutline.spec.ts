import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { launchArgmap } from './support/argmapApp';

// The bundled map of 100 cards, on two shared cores: each test walks through many steps.
test.describe.configure({ timeout: 120_000 });

const ctrl = process.platform === 'darwin' ? 'Meta' : 'Control';
const cards = (page: Page) => page.locator('.react-flow__node');
const card = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const row = (page: Page, id: string) => page.locator(`[role=treeitem][data-id="${id}"]`);

/** Selects a node through the outline, then hands the keyboard back to the canvas. */
async function selectOnCanvas(page: Page, id: string) {
  await page.keyboard.press(`${ctrl}+Shift+O`);
  await row(page, id).click();
  await page.keyboard.press(`${ctrl}+Shift+O`);
  await expect(page.getByRole('tree')).toHaveCount(0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

async function openArticle(page: Page) {
  await expect(card(page, 'thesis')).toBeVisible();
  await expect(cards(page)).toHaveCount(100);
}

test('folding a claim hides its branch behind a "+n" badge, and undo, redo and the badge bring it back', async ({
  browser,
}) => {
  const { page, close } = await launchArgmap(browser);
  await openArticle(page);
  await selectOnCanvas(page, 'p-kishida-initiative');

  await page.keyboard.press('-');
  const badge = card(page, 'p-kishida-initiative').locator('.fold-badge');
  await expect(badge).toHaveAttribute('title', /^Expand: \d+ nodes folded away$/);
  const hidden = Number((await badge.textContent())?.replace(/\D/g, ''));
  expect(hidden).toBeGreaterThanOrEqual(7);
  await expect(cards(page)).toHaveCount(100 - hidden);
  // A screen reader hears the count with the card: the badge is for the eye and the pointer.
  await expect(card(page, 'p-kishida-initiative')).toHaveAttribute(
    'aria-description',
    new RegExp(`^${hidden} nodes folded away; supports: `),
  );

  await page.keyboard.press(`${ctrl}+Z`);
  await expect(cards(page)).toHaveCount(100);
  await page.keyboard.press(`${ctrl}+Shift+Z`);
  await expect(cards(page)).toHaveCount(100 - hidden);
  await badge.click();
  await expect(cards(page)).toHaveCount(100);

  // Collapse to Level 1 leaves the thesis and its direct reasons; Expand All brings back everything.
  await page.keyboard.press('Alt+1');
  await expect(cards(page)).toHaveCount(12);
  await page.keyboard.press('Alt+0');
  await expect(cards(page)).toHaveCount(100);
  await close();
});

test('Focus on Claim shows a claim with its path and reasons, steps down and up, and Esc restores the map as it was', async ({
  browser,
}) => {
  const { page, close } = await launchArgmap(browser);
  await openArticle(page);
  await selectOnCanvas(page, 'p-kishida-initiative');
  const viewport = page.locator('.react-flow__viewport');
  await page.waitForTimeout(500); // the outline's pick glides the view to the card
  const before = await viewport.getAttribute('style');

  await page.keyboard.press('f');
  const path = page.getByRole('navigation', { name: /Focus on claim/ });
  await expect(path).toContainText('Thesis');
  await expect(path.locator('[aria-current=location]')).toContainText('Kishida has stepped up');
  await expect(cards(page)).toHaveCount(8);

  // Step down into a reason that has reasons of its own, then back up.
  const deeper = card(page, 'p-kishida-direct-talks');
  await deeper.click();
  await page.keyboard.press('f');
  await expect(path.locator('[aria-current=location]')).toContainText('determined to hold direct talks');
  await expect(path).toContainText('Kishida has stepped up');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(path.locator('[aria-current=location]')).toContainText('Kishida has stepped up');
  await expect(card(page, 'p-kishida-direct-talks')).toHaveClass(/selected/);

  await page.keyboard.press('Escape');
  await expect(path).toHaveCount(0);
  await expect(cards(page)).toHaveCount(100);
  await expect(card(page, 'p-kishida-initiative')).toHaveClass(/selected/);
  await expect(viewport).toHaveAttribute('style', before ?? '');
  await close();
});

test('the outline is a tree in step with the canvas: picking, keys, folding, editing and moving reasons', async ({
  browser,
}) => {
  const { page, close } = await launchArgmap(browser);
  await openArticle(page);
  await page.keyboard.press(`${ctrl}+Shift+O`);
  const tree = page.getByRole('tree');
  await expect(tree).toBeVisible();
  await expect(row(page, 'thesis')).toHaveAttribute('aria-level', '1');

  // Picking a row selects its card; selecting a card marks its row.
  await row(page, 'p-condolences').click();
  await expect(card(page, 'p-condolences')).toHaveClass(/selected/);
  await expect(row(page, 'p-condolences')).toHaveAttribute('aria-selected', 'true');
  await expect(row(page, 'p-condolences')).toBeFocused();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('ArrowUp'); // on the canvas: to the claim above
  await expect(card(page, 'thesis')).toHaveClass(/selected/);
  await expect(row(page, 'thesis')).toHaveAttribute('aria-selected', 'true');
  await expect(row(page, 'p-condolences')).toHaveAttribute('aria-selected', 'false');

  // Arrows walk the outline, and the canvas's selection follows.
  await row(page, 'thesis').click();
  await page.keyboard.press('ArrowDown');
  await expect(row(page, 'p-condolences')).toBeFocused();
  await expect(card(page, 'p-condolences')).toHaveClass(/selected/);
  await page.keyboard.press('ArrowLeft'); // folds it
  await expect(row(page, 'p-condolences')).toHaveAttribute('aria-expanded', 'false');
  await expect(cards(page)).toHaveCount(97);
  await page.keyboard.press('ArrowRight');
  await expect(row(page, 'p-condolences')).toHaveAttribute('aria-expanded', 'true');
  await expect(cards(page)).toHaveCount(100);

  // Enter edits the text inline; the canvas shows it, and undo takes it back.
  await page.keyboard.press('Enter');
  const field = tree.getByRole('textbox', { name: 'Text' });
  await field.fill('Kim sent condolences after the earthquake.');
  await field.press('Enter');
  await expect(card(page, 'p-condolences')).toContainText('Kim sent condolences after the earthquake.');
  await expect(row(page, 'p-condolences')).toBeFocused();
  await page.keyboard.press(`${ctrl}+Z`);
  await expect(card(page, 'p-condolences')).not.toContainText('Kim sent condolences after the earthquake.');

  // Tab moves a reason under the one before it; Shift+Tab moves it back up.
  await row(page, 'p-kishida-initiative').click();
  await page.keyboard.press('Tab');
  await expect(row(page, 'p-kishida-initiative')).toHaveAttribute('aria-level', '3');
  await page.keyboard.press('Shift+Tab');
  await expect(row(page, 'p-kishida-initiative')).toHaveAttribute('aria-level', '2');
  // Alt+↓ moves it after its next sibling.
  const order = async () =>
    tree
      .locator('[role=treeitem][aria-level="2"]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-id')));
  const first = await order();
  await row(page, 'p-condolences').click();
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(order).toEqual([first[1], first[0], ...first.slice(2)]);
  await close();
});

/** Serious and critical accessibility problems axe-core finds in the window, one line each. */
async function axeProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.length} × ${violation.nodes[0]?.target.join(' ')}`,
    );
}

// With the outline closed, accessibility.spec.ts checks the bundled article for problems of any impact.
test('axe finds no serious or critical problem in the main window with the outline open', async ({
  browser,
}) => {
  // axe reads every card of the map: minutes on a busy machine.
  test.setTimeout(300_000);
  const { page, close } = await launchArgmap(browser);
  await openArticle(page);
  await page.keyboard.press(`${ctrl}+Shift+O`);
  await expect(page.getByRole('tree')).toBeVisible();
  expect(await axeProblems(page)).toEqual([]);
  await close();
});
