import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { announcements, expectVisibleFocus } from './support/a11yChecks';
import { launchArgmap } from './support/argmapApp';

test.describe.configure({ timeout: 120_000 });

const ctrl = process.platform === 'darwin' ? 'Meta' : 'Control';
const card = (page: Page, kind: string) => page.locator(`.react-flow__node-${kind}`);

/** A short article: the map is made from it, and a passage of it becomes a premise. */
const ARTICLE = `<!doctype html><html><head><title>Car-free streets</title></head><body><article>
<h1>Car-free streets</h1>
<p>Cities across Europe are closing streets to cars, one neighbourhood at a time. Traffic noise fell by half
on the closed streets within a year, the city's own measurements show.</p>
<p>Shop owners feared the loss of customers who arrive by car. Their takings, the council reports, rose by a
tenth once people walked and cycled past their windows instead.</p>
<p>Deliveries remain the hard part: vans still need to reach the shops in the morning hours, and the council
lets them in before ten.</p></article></body></html>`;

test('from launch, without the mouse: toolbar, a map from an article, the inspector, a passage made a node, two presented steps and an export', async ({
  browser,
}) => {
  const app = await launchArgmap(browser, { blank: true });
  const { page } = app;
  const stops: string[] = [];
  /** Presses a key, then checks that focus is on `where` and can be seen; the walk is listed for the report. */
  const press = async (key: string, where: Locator, name: string) => {
    await page.keyboard.press(key);
    await expectVisibleFocus(where);
    stops.push(`${key} → ${name}`);
  };
  const type = async (text: string, field: Locator, done: string, where: Locator, name: string) => {
    await expectVisibleFocus(field);
    await field.pressSequentially(text);
    await press(done, where, name);
  };
  const nodeText = page.getByRole('textbox', { name: 'Node text' });
  const toolbar = page.getByRole('toolbar', { name: 'Map tools' });

  // The toolbar is the first stop; Tab walks its buttons, never the page's body.
  await press('Tab', toolbar.getByRole('button', { name: 'New Map' }), 'toolbar: New Map');
  await press('Tab', toolbar.getByRole('button', { name: 'Open…' }), 'toolbar: Open…');
  // New Map from Article…: the map starts on a thesis, with the article beside it.
  const folder = await mkdtemp(join(tmpdir(), 'argmap-keys-'));
  await writeFile(join(folder, 'car-free.html'), ARTICLE);
  app.dialogs.articleAnswers.push(join(folder, 'car-free.html'));
  await page.keyboard.press(`${ctrl}+Alt+N`);
  // The import runs in a worker thread, which the harness starts from TypeScript sources: slow when busy.
  await expect(page).toHaveTitle(/Car-free streets/, { timeout: 30_000 });
  await expectVisibleFocus(toolbar.getByRole('button', { name: 'Open…' }));
  stops.push(`${ctrl}+Alt+N → toolbar: Open… (a new map from the article)`);
  // F6 goes to the map: its one tab stop, the thesis, which becomes the selection.
  await press('F6', card(page, 'thesis'), 'map: the thesis card');
  await expect(card(page, 'thesis')).toHaveAttribute('aria-selected', 'true');
  await press('Enter', nodeText, 'the thesis’s text field');
  await type('Cities should ban cars.', nodeText, 'Enter', card(page, 'thesis'), 'map: the thesis card');
  await press('p', nodeText, 'the new premise’s text field');
  await type('Cars make streets loud.', nodeText, 'Enter', card(page, 'premise'), 'map: the premise card');
  await press(`${ctrl}+Shift+Enter`, card(page, 'premise'), 'map: the premise card (a tour step added)');
  await press('ArrowUp', card(page, 'thesis'), 'map: the thesis card');
  await press(`${ctrl}+Shift+Enter`, card(page, 'thesis'), 'map: the thesis card (a tour step added)');
  await press('c', nodeText, 'the new counterpoint’s text field');
  await type(
    'Deliveries need vans.',
    nodeText,
    'Enter',
    card(page, 'counterpoint'),
    'map: the counterpoint card',
  );
  // Links are reached from their node, and the arrows lead back to the nodes they join.
  await press('l', page.locator('.react-flow__edge.relation--opposes'), 'map: the counterpoint’s link');
  await expect(announcements(page)).toHaveText(
    'Link 1 of 1: Deliveries need vans. opposes Cities should ban cars.',
  );
  await press('ArrowDown', card(page, 'counterpoint'), 'map: the counterpoint card');
  // Tab leaves the map (no trap), Shift+Tab comes back to the same card.
  await page.keyboard.press('Tab');
  await expect(page.locator('.react-flow__node:focus, .react-flow__edge:focus')).toHaveCount(0);
  stops.push('Tab → out of the map');
  await press('Shift+Tab', card(page, 'counterpoint'), 'map: the counterpoint card');

  // The inspector: F6 reaches its first field; its text is edited there.
  const inspector = page.getByRole('complementary', { name: 'Node properties' });
  await press('F6', inspector.getByRole('combobox', { name: 'Kind' }), 'inspector: Kind');
  const text = inspector.getByRole('textbox', { name: 'Text' });
  await press('Tab', text, 'inspector: Text');
  await page.keyboard.press(`${ctrl}+A`);
  await type('Deliveries need small vans.', text, `${ctrl}+Enter`, text, 'inspector: Text (kept)');
  await expect(card(page, 'counterpoint')).toContainText('Deliveries need small vans.');
  await press('Shift+F6', card(page, 'counterpoint'), 'map: the counterpoint card');

  // The source text: F6 reaches its tools, Tab the article; Next Unmapped Passage selects a sentence and
  // P makes a premise of it. Tab then walks the highlights, and Enter selects a highlight's node.
  const source = page.getByRole('complementary', { name: 'Source text' });
  const article = source.getByRole('region', { name: 'Article text' });
  // Coming back to a region lands where focus last was in it.
  await press('F6', text, 'inspector: Text (where it was)');
  await press('F6', source.locator('.source-author'), 'source text: Source Info');
  await press('Tab', source.locator('.source-coverage'), 'source text: % mapped');
  await press('Tab', source.getByRole('button', { name: 'Hide the source text' }), 'source text: Hide');
  await press('Tab', article, 'source text: the article');
  await press(`${ctrl}+Alt+U`, article, 'source text: the article (a sentence selected)');
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString() ?? '')).toContain('Cities');
  await press('p', nodeText, 'the new premise’s text field');
  await type(
    'Streets without cars are quieter.',
    nodeText,
    'Enter',
    card(page, 'premise').last(),
    'map: the new premise',
  );
  const passage = source.locator('mark[aria-label*="Streets without cars are quieter."]');
  // It went under the selected counterpoint, as a reason the keys add does; Up goes back to that claim.
  await press('ArrowUp', card(page, 'counterpoint'), 'map: the counterpoint card');
  await press('F6', inspector.locator(':focus'), 'inspector: a field');
  await press('F6', source.locator('.source-author'), 'source text: Source Info');
  await press('Tab', source.locator('.source-coverage'), 'source text: % mapped');
  await press('Tab', source.getByRole('button', { name: 'Hide the source text' }), 'source text: Hide');
  await press('Tab', article, 'source text: the article');
  await press('Tab', passage, 'source text: the new premise’s passage');
  await press('Enter', passage, 'source text: the passage (its premise selected)');
  await expect(card(page, 'premise').last()).toHaveAttribute('aria-selected', 'true');
  // Past the window's last stop, Tab comes round to the first.
  await press('Tab', toolbar.getByRole('button', { name: 'New Map' }), 'toolbar: New Map (round again)');

  // Present the two steps: each is announced, and leaving gives focus back to where it was.
  // The presentation fills the screen and takes the keys: it holds focus, and draws no ring on the room's screen.
  const presentation = page.getByRole('dialog', { name: 'Presentation' });
  const present = async (key: string, name: string) => {
    await page.keyboard.press(key);
    await expect(presentation).toBeFocused();
    stops.push(`${key} → ${name}`);
  };
  await present('F5', 'the presentation, step 1');
  await expect(presentation.getByRole('status', { name: 'Announcements' })).toContainText('Step 1 out of 2');
  await present('ArrowRight', 'the presentation, step 2');
  await expect(presentation.getByRole('status', { name: 'Announcements' })).toContainText('Step 2 out of 2');
  await press(
    'Escape',
    toolbar.getByRole('button', { name: 'New Map' }),
    'toolbar: New Map (where focus was)',
  );

  // Export: the dialog takes focus; Tab reaches its Export button; the result is said.
  app.dialogs.exportAnswers.push(join(folder, 'by keys'));
  await page.keyboard.press(`${ctrl}+Shift+E`);
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const exportButton = dialog.getByRole('button', { name: 'Export…' });
  for (
    let tabs = 0;
    tabs < 40 && !(await exportButton.evaluate((b) => b === document.activeElement));
    tabs++
  ) {
    await page.keyboard.press('Tab');
    await expect(dialog.locator(':focus')).toHaveCount(1);
    await expectVisibleFocus(dialog.locator(':focus'));
  }
  await expectVisibleFocus(exportButton);
  stops.push('Tab … → export dialog: Export…');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status', { name: 'Messages' })).toContainText('Exported');
  expect(existsSync(join(folder, 'by keys.png')) || existsSync(join(folder, 'by keys.svg'))).toBe(true);
  stops.push('Enter → exported');

  console.log(`Keyboard walk:\n${stops.map((stop, i) => `${i + 1}. ${stop}`).join('\n')}`);
  await app.close();
});
