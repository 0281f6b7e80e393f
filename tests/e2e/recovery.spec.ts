import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { launchArgmap } from './support/argmapApp';

/** Everything the journal holds, as text. */
const journalText = async (userData: string) => {
  const names = await journalFiles(userData);
  const texts = await Promise.all(names.map((name) => readFile(join(userData, 'journal', name), 'utf8')));
  return texts.join('\n');
};

const journalFiles = async (userData: string) =>
  (await readdir(join(userData, 'journal')).catch(() => [])).filter((name) => name.endsWith('.journal.json'));

test('unsaved work survives a crash: it is offered at the next launch and restored unsaved', async ({
  browser,
}) => {
  const first = await launchArgmap(browser, { blank: true });
  const { page } = first;
  await page.locator('.react-flow__node').first().click();
  await page.keyboard.press('p');
  await page.keyboard.type('Written just before the crash');
  await page.keyboard.press('Escape');
  // About a second after the last edit, the journal holds it (an earlier entry may hold the text half typed).
  await expect
    .poll(() => journalText(first.userData), { timeout: 5_000 })
    .toContain('Written just before the crash');
  // The crash: the window goes away without a save or a discard.
  await first.close();

  const second = await launchArgmap(browser, { userData: first.userData, recovery: ['restore'] });
  expect(second.dialogs.asked[0]).toMatch(/^recover:/);
  await expect(second.page.getByText('Written just before the crash')).toBeVisible();
  await expect(second.page).toHaveTitle(/^● /);
  await second.close();
});

test('a discarded recovery is gone for good, and a saved document leaves nothing to recover', async ({
  browser,
}) => {
  const first = await launchArgmap(browser, { blank: true });
  await first.page.locator('.react-flow__node').first().click();
  await first.page.keyboard.press('n');
  await first.page.keyboard.type('A note');
  await first.page.keyboard.press('Escape');
  await expect.poll(() => journalFiles(first.userData), { timeout: 5_000 }).toHaveLength(1);
  await first.close();

  const second = await launchArgmap(browser, { userData: first.userData, recovery: ['discard'] });
  expect(await journalFiles(first.userData)).toEqual([]);
  await expect(second.page.getByText('A note')).toHaveCount(0);
  // Edit, then save: the entry written for the edit is removed with the save.
  await second.page.locator('.react-flow__node').first().click();
  await second.page.keyboard.press('n');
  await second.page.keyboard.type('Saved this time');
  await second.page.keyboard.press('Escape');
  await expect.poll(() => journalFiles(first.userData), { timeout: 5_000 }).toHaveLength(1);
  second.dialogs.saveAnswers.push(join(first.userData, 'saved'));
  await second.page.keyboard.press(process.platform === 'darwin' ? 'Meta+S' : 'Control+S');
  await expect.poll(() => journalFiles(first.userData), { timeout: 5_000 }).toHaveLength(0);
  await second.close();

  const third = await launchArgmap(browser, { userData: first.userData });
  expect(third.dialogs.asked).toEqual([]);
  await third.close();
});

test('File → Revert to Backup… lists the versions saves replaced and takes one back, unsaved', async ({
  browser,
}) => {
  const app = await launchArgmap(browser, { blank: true });
  const { page } = app;
  const save = process.platform === 'darwin' ? 'Meta+S' : 'Control+S';
  await page.locator('.react-flow__node').first().click();
  await page.keyboard.press('p');
  await page.keyboard.type('The first version');
  await page.keyboard.press('Escape');
  app.dialogs.saveAnswers.push(join(app.userData, 'versions'));
  await page.keyboard.press(save);
  await expect(page).toHaveTitle(/^versions — /);
  const nodes = page.locator('.react-flow__node');
  await nodes.getByText('The first version').dblclick();
  await page.keyboard.press(process.platform === 'darwin' ? 'Meta+A' : 'Control+A');
  await page.keyboard.type('The second version');
  await page.keyboard.press('Escape');
  await page.keyboard.press(save);
  await expect(page).toHaveTitle(/^versions — /);

  await page.keyboard.press(process.platform === 'darwin' ? 'Meta+K' : 'Control+K');
  await page.keyboard.type('revert to backup');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Revert to Backup' });
  await expect(dialog.getByRole('radio')).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Revert' }).click();
  await expect(nodes.getByText('The first version')).toBeVisible();
  await expect(nodes.getByText('The second version')).toHaveCount(0);
  await expect(page).toHaveTitle(/^● versions/);
  await app.close();
});

test('a restored document asks before its save replaces what another program wrote after the crash', async ({
  browser,
}) => {
  // Two launches and a file opened in the first: more than one launch's time on a busy machine.
  test.setTimeout(90_000);
  const ctrl = process.platform === 'darwin' ? 'Meta' : 'Control';
  const first = await launchArgmap(browser, { blank: true });
  const path = join(first.userData, 'shared.argmap.json');
  await writeFile(path, await readFile('maps/article.argmap.json', 'utf8'));
  first.dialogs.openAnswers.push(path);
  await first.page.keyboard.press(`${ctrl}+O`);
  await expect(first.page).toHaveTitle('shared — Argmap');
  await first.page.locator('.react-flow__node').first().click();
  await first.page.keyboard.press('n');
  await first.page.keyboard.type('Mine, unsaved at the crash');
  await first.page.keyboard.press('Escape');
  await expect.poll(() => journalText(first.userData), { timeout: 5_000 }).toContain('Mine, unsaved');
  await first.close();

  // Another program writes the file while Argmap is down. (The first launch's file watcher lives on in
  // this test process, though its page is gone: it hears the change too, and keeps its version.)
  first.dialogs.fileChangeAnswers.push('overwrite');
  const theirs = (await readFile(path, 'utf8')).replace('"title": "', '"title": "Theirs: ');
  await writeFile(path, theirs);

  const second = await launchArgmap(browser, { userData: first.userData, recovery: ['restore'] });
  await expect(second.page.getByText('Mine, unsaved at the crash')).toBeVisible();
  second.dialogs.fileChangeAnswers.push('cancel');
  await second.page.keyboard.press(`${ctrl}+S`);
  await expect.poll(() => second.dialogs.asked).toContain('modified:save:shared');
  expect(await readFile(path, 'utf8')).toBe(theirs);
  await expect(second.page).toHaveTitle(/^● /);
  await second.close();
});
