import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { mapOrder } from '../../src-shared/a11y/order';
import type { ArgMap } from '../../src-shared/model/map';
import { serializeMap } from '../../src-shared/model/serialize';
import {
  addReasons,
  bundledMap,
  flipRelation,
  leaves,
  removeNodes,
  renameIds,
} from '../support/plantChanges';
import { axeViolations, expectVisibleFocus } from './support/a11yChecks';
import { type ArgmapApp, launchArgmap } from './support/argmapApp';

const ctrl = process.platform === 'darwin' ? 'Meta' : 'Control';
const reference = bundledMap();
const thesis = reference.nodes.find((node) => node.kind === 'thesis')?.id ?? '';
/** The id addReasons gives the student's own reason, before renameIds renames it. */
const ADDED = 'added0';
const dropped = leaves(reference).find((node) => node.kind === 'premise')?.id ?? '';
const flipped = reference.nodes.find((node) => node.kind === 'premise' && node.id !== dropped)?.id ?? '';
let app: ArgmapApp;

test.beforeEach(async ({ browser }) => {
  app = await launchArgmap(browser);
});
test.afterEach(() => app.close());

/** A student's map of the bundled article: one premise left out, one link flipped, one reason of their own. */
/** The student's map on disk, and the ids it gives the reference's nodes. */
async function studentMap(): Promise<{ path: string; map: ArgMap; idOf: ReadonlyMap<string, string> }> {
  const planted = addReasons(
    flipRelation(removeNodes(reference, new Set([dropped])), flipped),
    [thesis],
    ['Tariffs on steel hurt shipbuilders'],
  );
  const path = join(await mkdtemp(join(tmpdir(), 'argmap-compare-')), 'student.argmap.json');
  const { map, idOf } = renameIds(planted);
  await writeFile(path, serializeMap(map));
  return { path, map, idOf };
}

async function compareWith(page: Page): Promise<void> {
  await page.keyboard.press(`${ctrl}+K`);
  await page.keyboard.type('Compare With');
  await page.keyboard.press('Enter');
}

test('Compare With… colours the reference by what the student got, lists the rest, and takes a node', async () => {
  const { page, dialogs } = app;
  dialogs.openAnswers.push((await studentMap()).path);
  await compareWith(page);

  const panel = page.getByRole('complementary', { name: 'Comparison' });
  await expect(panel.locator('.compare-name')).toHaveText('student');
  await expect(panel).toContainText('99 of 100 matched · 1 missing · 1 extra · 1 difference');
  await expect(page.locator(`.canvas .react-flow__node[data-id="${dropped}"]`)).toHaveClass(
    /compare-missing/,
  );
  await expect(page.locator(`.canvas .react-flow__node[data-id="${flipped}"]`)).toHaveClass(
    /compare-different/,
  );
  await expect(page.locator(`.canvas .react-flow__node[data-id="${thesis}"]`)).toHaveClass(/compare-matched/);

  // A difference, explained in a line; choosing it selects the node and shows its counterpart.
  const difference = panel.getByRole('region', { name: 'Differences' }).getByRole('button');
  await expect(difference).toContainText('supports its claim in the reference, but opposes it here.');
  await difference.click();
  await expect(page.locator(`.canvas .react-flow__node[data-id="${flipped}"]`)).toHaveClass(/selected/);
  await expect(panel.getByRole('region', { name: 'Counterpart of the selected node' })).toContainText(
    reference.nodes.find((node) => node.id === flipped)?.text.slice(0, 30) ?? '',
  );

  // The student's own reason names the claim it hangs under; choosing that selects the claim here.
  const extra = panel.getByRole('region', { name: 'Extra in student' });
  await extra.getByRole('button', { name: /^supports “The recent moves of both leaders/ }).click();
  await expect(page.locator(`.canvas .react-flow__node[data-id="${thesis}"]`)).toHaveClass(/selected/);

  // Take the student's own reason into the reference: one step, undone by Undo.
  await panel.getByRole('button', { name: 'Take this node' }).click();
  await expect(page.locator('.canvas .react-flow__node')).toHaveCount(101);
  await expect(panel).toContainText('100 of 101 matched · 1 missing · 0 extra');
  await expect(page.locator('.canvas .react-flow__node.selected')).toContainText(
    'Tariffs on steel hurt shipbuilders',
  );
  await page.keyboard.press(`${ctrl}+Z`);
  await expect(page.locator('.canvas .react-flow__node')).toHaveCount(100);
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
  await compareWith(page);
  await expect(page.getByRole('alertdialog')).toContainText('notes.argmap.json');
  await expect(page.getByRole('complementary', { name: 'Comparison' })).toHaveCount(0);
});

test("the student's map opens beside the reference, read only, and selecting a node selects its counterpart", async () => {
  const { page, dialogs } = app;
  const { path, idOf } = await studentMap();
  const bytes = await readFile(path);
  dialogs.openAnswers.push(path);
  await compareWith(page);

  // The student's map, in its own pane: all its nodes, coloured from its side.
  const side = page.getByRole('region', { name: 'Compared map: student' });
  const mine = page.locator('.canvas');
  await expect(side.locator('.react-flow__node')).toHaveCount(100);
  const studentThesis = side.locator(`.react-flow__node[data-id="${idOf.get(thesis)}"]`);
  const studentFlipped = side.locator(`.react-flow__node[data-id="${idOf.get(flipped)}"]`);
  await expect(studentThesis).toHaveClass(/compare-matched/);
  await expect(studentFlipped).toHaveClass(/compare-different/);
  const studentReason = side.locator(`.react-flow__node[data-id="${idOf.get(ADDED)}"]`);
  await expect(studentReason).toHaveClass(/compare-extra/);

  // Picking a node of the student's map (drawn whole at first) selects its counterpart in the reference…
  await studentFlipped.click();
  await expect(mine.locator(`.react-flow__node[data-id="${flipped}"]`)).toHaveClass(/selected/);
  await expect(mine.locator('.react-flow__node.selected')).toHaveCount(1);
  await expect(studentFlipped).toHaveClass(/selected/);

  // …the student's own reason has none: nothing is selected in the reference, and the panel says so…
  await studentReason.click();
  await expect(studentReason).toHaveClass(/selected/);
  await expect(mine.locator('.react-flow__node.selected')).toHaveCount(0);
  const panel = page.getByRole('complementary', { name: 'Comparison' });
  await expect(panel.getByRole('region', { name: 'Counterpart of the selected node' })).toContainText(
    'Not in the reference.',
  );

  // …and selecting in the reference (here the thesis, from the panel) selects the student's counterpart.
  await panel.getByRole('button', { name: /^supports “The recent moves of both leaders/ }).click();
  await expect(mine.locator(`.react-flow__node[data-id="${thesis}"]`)).toHaveClass(/selected/);
  await expect(studentThesis).toHaveClass(/selected/);
  await expect(side.locator('.react-flow__node.selected')).toHaveCount(1);
  await expect(studentThesis).toBeInViewport();

  // Keys typed in the student's map change nothing in either map.
  await studentThesis.click();
  await page.keyboard.press('Delete');
  await page.keyboard.press('p');
  await expect(mine.locator('.react-flow__node')).toHaveCount(100);
  await expect(side.locator('.react-flow__node')).toHaveCount(100);

  // The two maps share the width; the splitter between them gives one more.
  const splitter = page.getByRole('separator', { name: 'Resize the compared map' });
  const before = (await side.boundingBox())?.width ?? 0;
  await splitter.focus();
  await page.keyboard.press('Shift+ArrowLeft');
  await expect.poll(async () => (await side.boundingBox())?.width).toBe(Math.round(before) + 80);

  // Closing the pane ends the side view, not the comparison; the panel opens it again.
  await side.getByRole('button', { name: 'Close the compared map' }).click();
  await expect(side).toHaveCount(0);
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: 'Show student beside the map' }).click();
  await expect(side.locator('.react-flow__node')).toHaveCount(100);
  // View → Show Compared Map Beside does the same from the menu and the palette.
  await page.keyboard.press(`${ctrl}+K`);
  await page.keyboard.type('Show Compared Map Beside');
  await page.keyboard.press('Enter');
  await expect(side).toHaveCount(0);
  await page.keyboard.press(`${ctrl}+K`);
  await page.keyboard.type('Show Compared Map Beside');
  await page.keyboard.press('Enter');
  await expect(side.locator('.react-flow__node')).toHaveCount(100);

  // Ending the comparison closes it; the student's file is as it was.
  await panel.getByRole('button', { name: 'Close the comparison' }).click();
  await expect(side).toHaveCount(0);
  expect((await readFile(path)).equals(bytes)).toBe(true);
});

test("F6 reaches the student's map, where arrows walk its nodes and Esc closes it", async () => {
  const { page, dialogs } = app;
  const { path, map, idOf } = await studentMap();
  dialogs.openAnswers.push(path);
  await compareWith(page);
  const side = page.getByRole('region', { name: 'Compared map: student' });
  await expect(side.locator('.react-flow__node')).toHaveCount(100);

  // From the reference's thesis, F6 lands on its counterpart, the one stop of the student's map.
  await page.locator(`.canvas .react-flow__node[data-id="${thesis}"]`).click();
  await page.keyboard.press('F6');
  await expect(side.locator(`.react-flow__node[data-id="${idOf.get(thesis)}"]`)).toBeFocused();
  await expectVisibleFocus(side.locator(`.react-flow__node[data-id="${idOf.get(thesis)}"]`));
  expect(await axeViolations(page)).toEqual([]);

  // Arrows walk the student's nodes in reading order, picking each: the reference follows.
  const order = mapOrder(map);
  const after = order.slice(order.indexOf(idOf.get(thesis) ?? '') + 1);
  const referenceOf = new Map([...idOf].map(([mine, theirs]) => [theirs, mine]));
  const steps = after.findIndex((id) => id !== idOf.get(ADDED) && referenceOf.has(id)) + 1;
  for (let step = 0; step < steps; step++) await page.keyboard.press('ArrowDown');
  const picked = after[steps - 1] ?? '';
  await expect(side.locator(`.react-flow__node[data-id="${picked}"]`)).toBeFocused();
  await expect(side.locator(`.react-flow__node[data-id="${picked}"]`)).toHaveClass(/selected/);
  await expect(page.locator(`.canvas .react-flow__node[data-id="${referenceOf.get(picked)}"]`)).toHaveClass(
    /selected/,
  );

  await page.keyboard.press('Escape');
  await expect(side).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Show student beside the map' })).toBeFocused();
});
