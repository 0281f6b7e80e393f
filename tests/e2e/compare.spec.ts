import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { serializeMap } from '../../src-shared/model/serialize';
import {
  addReasons,
  bundledMap,
  flipRelation,
  leaves,
  removeNodes,
  renameIds,
} from '../support/plantChanges';
import { type ArgmapApp, launchArgmap } from './support/argmapApp';

const ctrl = process.platform === 'darwin' ? 'Meta' : 'Control';
const reference = bundledMap();
const thesis = reference.nodes.find((node) => node.kind === 'thesis')?.id ?? '';
const dropped = leaves(reference).find((node) => node.kind === 'premise')?.id ?? '';
const flipped = reference.nodes.find((node) => node.kind === 'premise' && node.id !== dropped)?.id ?? '';
let app: ArgmapApp;

test.beforeEach(async ({ browser }) => {
  app = await launchArgmap(browser);
});
test.afterEach(() => app.close());

/** A student's map of the bundled article: one premise left out, one link flipped, one reason of their own. */
async function studentMapFile(): Promise<string> {
  const planted = addReasons(
    flipRelation(removeNodes(reference, new Set([dropped])), flipped),
    [thesis],
    ['Tariffs on steel hurt shipbuilders'],
  );
  const path = join(await mkdtemp(join(tmpdir(), 'argmap-compare-')), 'student.argmap.json');
  await writeFile(path, serializeMap(renameIds(planted).map));
  return path;
}

test('Compare With… colours the reference by what the student got, lists the rest, and takes a node', async () => {
  const { page, dialogs } = app;
  dialogs.openAnswers.push(await studentMapFile());
  await page.keyboard.press(`${ctrl}+K`);
  await page.keyboard.type('Compare With');
  await page.keyboard.press('Enter');

  const panel = page.getByRole('complementary', { name: 'Comparison' });
  await expect(panel.locator('.compare-name')).toHaveText('student');
  await expect(panel).toContainText('99 of 100 matched · 1 missing · 1 extra · 1 difference');
  await expect(page.locator(`.react-flow__node[data-id="${dropped}"]`)).toHaveClass(/compare-missing/);
  await expect(page.locator(`.react-flow__node[data-id="${flipped}"]`)).toHaveClass(/compare-different/);
  await expect(page.locator(`.react-flow__node[data-id="${thesis}"]`)).toHaveClass(/compare-matched/);

  // A difference, explained in a line; choosing it selects the node and shows its counterpart.
  const difference = panel.getByRole('region', { name: 'Differences' }).getByRole('button');
  await expect(difference).toContainText('supports its claim in the reference, but opposes it here.');
  await difference.click();
  await expect(page.locator(`.react-flow__node[data-id="${flipped}"]`)).toHaveClass(/selected/);
  await expect(panel.getByRole('region', { name: 'Counterpart of the selected node' })).toContainText(
    reference.nodes.find((node) => node.id === flipped)?.text.slice(0, 30) ?? '',
  );

  // The student's own reason names the claim it hangs under; choosing that selects the claim here.
  const extra = panel.getByRole('region', { name: 'Extra in student' });
  await extra.getByRole('button', { name: /^supports “The recent moves of both leaders/ }).click();
  await expect(page.locator(`.react-flow__node[data-id="${thesis}"]`)).toHaveClass(/selected/);

  // Take the student's own reason into the reference: one step, undone by Undo.
  await panel.getByRole('button', { name: 'Take this node' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(101);
  await expect(panel).toContainText('100 of 101 matched · 1 missing · 0 extra');
  await expect(page.locator('.react-flow__node.selected')).toContainText(
    'Tariffs on steel hurt shipbuilders',
  );
  await page.keyboard.press(`${ctrl}+Z`);
  await expect(page.locator('.react-flow__node')).toHaveCount(100);
  await expect(panel).toContainText('1 extra');

  await page.screenshot({ path: test.info().outputPath('compare.png') });
  await panel.getByRole('button', { name: 'Close the comparison' }).click();
  await expect(panel).toHaveCount(0);
  await expect(page.locator('.react-flow__node.compare-matched')).toHaveCount(0);
});

test('a file that is not a map is refused with its name, and nothing is compared', async () => {
  const { page, dialogs } = app;
  const path = join(await mkdtemp(join(tmpdir(), 'argmap-compare-')), 'notes.argmap.json');
  await writeFile(path, 'not json');
  dialogs.openAnswers.push(path);
  await page.keyboard.press(`${ctrl}+K`);
  await page.keyboard.type('Compare With');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alertdialog')).toContainText('notes.argmap.json');
  await expect(page.getByRole('complementary', { name: 'Comparison' })).toHaveCount(0);
});
