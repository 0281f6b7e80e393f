import { expect, test } from '@playwright/test';
import { tourVisibility } from '../../src-shared/tour/visibility';
import { bundledMap } from '../support/plantChanges';
import { type ArgmapApp, launchArgmap } from './support/argmapApp';

const ctrl = process.platform === 'darwin' ? 'Meta' : 'Control';
const map = bundledMap();
const thesis = map.nodes.find((node) => node.kind === 'thesis')?.id ?? '';
const quote = map.nodes.find((node) => node.kind === 'quote');
let app: ArgmapApp;

test.beforeEach(async ({ browser }) => {
  app = await launchArgmap(browser);
});
test.afterEach(() => app.close());

const card = (id: string) => app.page.locator(`.react-flow__node[data-id="${id}"]`);

test('Assess mode: reject the unanswered counterpoints and the thesis holds; answer an expert’s questions', async () => {
  // A long walk through the mode: more time than one short interaction needs on a busy machine.
  test.slow();
  const { page } = app;
  await page.keyboard.press(`${ctrl}+K`);
  await page.keyboard.type('Assess Mode');
  await page.keyboard.press('Enter');

  const panel = page.getByRole('complementary', { name: 'Assessment' });
  const verdict = panel.getByRole('region', { name: 'Verdict', exact: true });
  await expect(verdict).toContainText('Fails');
  await expect(card(thesis)).toHaveAttribute('data-verdict', /^Fails/);

  // The search names the counterpoints whose rejection would change the verdict.
  await panel.getByRole('button', { name: 'Find' }).click();
  const changes = panel.getByRole('region', { name: 'What would change the verdict' });
  await expect(changes.getByRole('button').first()).toContainText('→ Holds');

  // Choosing that change selects its counterpoints; X rejects them all in one step.
  await changes.getByRole('button').first().click();
  const chosen = page.locator('.react-flow__node.selected');
  await expect(chosen.first()).toBeVisible();
  const ids = await chosen.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-id') ?? ''));
  expect(ids.length).toBeGreaterThan(0);
  for (const id of ids) await expect(card(id)).toHaveClass(/assess-in/);
  await page.keyboard.press('x');
  for (const id of ids) await expect(card(id)).toHaveClass(/assess-out/);
  await expect(verdict).toContainText('Holds');
  await expect(card(thesis)).toHaveAttribute('data-verdict', /^Holds/);

  // One undo takes back the rejection, and the verdict with it.
  await page.keyboard.press(`${ctrl}+Z`);
  await expect(verdict).toContainText('Fails');
  await page.keyboard.press(`${ctrl}+Shift+Z`);
  await expect(verdict).toContainText('Holds');

  // A quote is an argument from expert opinion: a "no" lowers it and leaves five questions open.
  if (!quote) throw new Error('The bundled map has no quote.');
  const openCount = panel.getByRole('region', { name: 'Open questions' }).locator('.assess-count');
  const before = Number(await openCount.textContent());
  await panel
    .getByRole('region', { name: 'Open questions' })
    .getByRole('button', { name: new RegExp(quote.text.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
    .first()
    .click();
  const inspector = page.getByRole('complementary', { name: 'Node properties' });
  const question = inspector.getByRole('group', { name: 'Is the speaker an expert?' });
  await question.getByLabel('No', { exact: true }).check();
  await expect(openCount).toHaveText(String(before - 1));
  await expect(card(quote.id)).toHaveAttribute('style', /--strength: 0\.[0-4]/);

  await page.screenshot({ path: test.info().outputPath('assess.png') });
});

test('a tour step that shows the assessment shows the verdict to the room; the step before it does not', async () => {
  const { page } = app;
  const last = map.tour.length;
  // The thesis is on screen in the last two steps, so only the step's own setting decides the verdict.
  for (const index of [last - 2, last - 1])
    expect(tourVisibility(map)[index]?.revealed.has(thesis), `step ${index + 1} shows the thesis`).toBe(true);

  await page.keyboard.press(`${ctrl}+Shift+T`);
  const tour = page.getByRole('complementary', { name: 'Tour' });
  await tour
    .getByRole('list', { name: 'Steps' })
    .getByRole('button')
    .nth(last - 1)
    .click();
  await tour
    .getByRole('region', { name: `Step ${last}` })
    .getByRole('checkbox', { name: /Show the assessment/ })
    .check();

  await page.keyboard.press('Shift+F5');
  const room = page.getByRole('dialog', { name: 'Presentation' });
  await expect(room.getByText(`Step ${last} of ${last}`)).toBeVisible();
  const roomThesis = room.locator(`.react-flow__node[data-id="${thesis}"]`);
  await expect(roomThesis).toHaveAttribute('data-verdict', /^Fails/);
  await expect(roomThesis).toHaveClass(/assess-out/);

  await page.keyboard.press('ArrowLeft');
  await expect(room.getByText(`Step ${last - 1} of ${last}`)).toBeVisible();
  await expect(roomThesis).toBeVisible();
  await expect(roomThesis).not.toHaveAttribute('data-verdict', /.+/);
  await expect(roomThesis).not.toHaveClass(/assess-/);
});
