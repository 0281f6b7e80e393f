import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { loadMapFromText } from '../../src-shared/load/loadMap';
import { serializeMap } from '../../src-shared/model/serialize';
import { tourVisibility } from '../../src-shared/tour/visibility';
import { type ArgmapApp, launchArgmap } from './support/argmapApp';

const loaded = loadMapFromText(readFileSync('maps/article.argmap.json', 'utf8'));
if (!loaded.ok) throw new Error('the article map does not load');
const article = loaded.value;
const steps = tourVisibility(article);

let app: ArgmapApp;
test.beforeEach(async ({ browser }) => {
  app = await launchArgmap(browser);
});
test.afterEach(() => app.close());

const presentation = (page: Page) => page.getByRole('dialog', { name: 'Presentation' });

/** Which nodes the room sees in focus, dimmed, and not at all. */
async function shown(page: Page) {
  return presentation(page)
    .locator('.react-flow__node')
    .evaluateAll((nodes) => ({
      focus: nodes
        .filter((node) => node.classList.contains('is-focus'))
        .map((node) => node.getAttribute('data-id'))
        .sort(),
      revealed: nodes.map((node) => node.getAttribute('data-id')).sort(),
    }));
}

test('stepping through the article’s tour shows each step’s focus, dims what came before, and hides the rest', async () => {
  const { page } = app;
  await page.keyboard.press('F5');
  await expect(presentation(page)).toBeVisible();
  for (let index = 0; index < steps.length; index++) {
    const expected = steps[index];
    if (!expected) throw new Error('missing step');
    await expect(presentation(page).getByText(`Step ${index + 1} of ${steps.length}`)).toBeVisible();
    await expect
      .poll(() => shown(page))
      .toEqual({ focus: [...expected.focus].sort(), revealed: [...expected.revealed].sort() });
    const title = article.tour[index]?.title;
    if (title) await expect(presentation(page).getByRole('heading', { name: title })).toBeVisible();
    await page.keyboard.press(index % 3 === 0 ? 'ArrowRight' : index % 3 === 1 ? 'PageDown' : ' ');
  }
  // Past the end it stays on the last step.
  await expect(presentation(page).getByText(`Step ${steps.length} of ${steps.length}`)).toBeVisible();
  await page.keyboard.press('PageUp');
  await expect(presentation(page).getByText(`Step ${steps.length - 1} of ${steps.length}`)).toBeVisible();
});

test('blackout, whiteout and the overview; a number then Enter jumps; Esc returns to the editor as it was', async () => {
  const { page } = app;
  const viewport = () =>
    page
      .locator('.canvas .react-flow__viewport')
      .evaluate((element) => (element as HTMLElement).style.transform);
  const editorView = await viewport();
  await page.keyboard.press('F5');
  await page.keyboard.press('b');
  await expect(presentation(page).getByLabel('Black screen')).toBeVisible();
  await page.keyboard.press('.');
  await expect(presentation(page).getByLabel('Black screen')).toHaveCount(0);
  await page.keyboard.press('w');
  await expect(presentation(page).getByLabel('White screen')).toBeVisible();
  await page.keyboard.press('w');

  await page.keyboard.press('7');
  await page.keyboard.press('Enter');
  await expect(presentation(page).getByText('Step 7 of')).toBeVisible();

  await page.keyboard.press('o');
  await expect(presentation(page).getByText('Overview: click a node to go to its step')).toBeVisible();
  await expect(presentation(page).locator('.react-flow__node')).toHaveCount(article.nodes.length);
  await page.keyboard.press('o');
  await expect(presentation(page).getByText('Step 7 of')).toBeVisible();

  await page.keyboard.press('?');
  await expect(presentation(page).getByRole('region', { name: 'Presenting keys' })).toContainText('B');
  await page.keyboard.press('?');

  await page.keyboard.press('Escape');
  await expect(presentation(page)).toHaveCount(0);
  expect(await viewport()).toBe(editorView);
  await expect(page).toHaveTitle(/^Possible reconciliation/);
  // The tour panel remembers where the presentation was: Shift+F5 resumes there.
  await page.keyboard.press('Shift+F5');
  await expect(presentation(page).getByText('Step 7 of')).toBeVisible();
});

test('500 random key presses while presenting never change the document and never throw', async () => {
  // 500 presses, each awaited and checked, take about 25 s on two cores: more than the default budget.
  test.slow();
  const { page } = app;
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const keys = [
    'ArrowRight',
    'ArrowLeft',
    'ArrowUp',
    'ArrowDown',
    ' ',
    'PageDown',
    'PageUp',
    'Enter',
    'Backspace',
    'Home',
    'End',
    'b',
    '.',
    'w',
    'o',
    'l',
    '+',
    '-',
    'n',
    'p',
    '3',
    '1',
    'Delete',
    'c',
    'q',
    'Tab',
    'F2',
  ];
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  await page.keyboard.press('F5');
  for (let press = 0; press < 500; press++) {
    const key = keys[Math.floor(random() * keys.length)] as string;
    await page.keyboard.press(key);
    if (!(await presentation(page).isVisible())) await page.keyboard.press('F5');
  }
  await page.keyboard.press('Escape');
  await expect(presentation(page)).toBeHidden();
  await expect(page).toHaveTitle(/^Possible reconciliation/);
  expect(errors).toEqual([]);
  // Save the document and compare it with the bundled file, byte for byte.
  const folder = (await import('node:os')).tmpdir();
  const name = `argmap-presented-${Date.now()}`;
  const path = `${folder}/${name}.argmap.json`;
  app.dialogs.saveAnswers.push(path);
  await page.keyboard.press('Control+Shift+S');
  // The window takes the file's name once it is written.
  await expect(page).toHaveTitle(`${name} — Argmap`);
  expect(readFileSync(path, 'utf8')).toBe(serializeMap(article));
});

test('the presenter view and the room stay in step through main: advancing in either moves both', async () => {
  const { page } = app;
  await page.keyboard.press('Alt+F5');
  await expect(presentation(page).getByText(`Step 1 of ${steps.length}`)).toBeVisible();
  const presenter = await app.presenterWindow();
  await expect(presenter.getByText(`Step 1 of ${steps.length}`)).toBeVisible();
  await expect(presenter.getByRole('region', { name: 'Speaker notes' })).toContainText(
    article.tour[0]?.notes ?? '',
  );
  await expect(presenter.getByRole('region', { name: 'Next step' })).toContainText(
    article.tour[1]?.title ?? '',
  );

  await page.keyboard.press('ArrowRight');
  await expect(presenter.getByText(`Step 2 of ${steps.length}`)).toBeVisible();
  await presenter.keyboard.press('PageDown');
  await expect(presentation(page).getByText(`Step 3 of ${steps.length}`)).toBeVisible();
  await expect(presenter.getByRole('region', { name: 'Speaker notes' })).toContainText(
    article.tour[2]?.notes ?? '',
  );
  await presenter.keyboard.press('b');
  await expect(presentation(page).getByLabel('Black screen')).toBeVisible();
  await expect(presenter.getByText('Screen is black')).toBeVisible();
  // As in PowerPoint, the first Next after a blackout shows the room the step again; the next one moves on.
  await presenter.getByRole('button', { name: 'Next step' }).click();
  await expect(presentation(page).getByLabel('Black screen')).toHaveCount(0);
  await expect(presentation(page).getByText(`Step 3 of ${steps.length}`)).toBeVisible();
  await presenter.getByRole('button', { name: 'Next step' }).click();
  await expect(presentation(page).getByText(`Step 4 of ${steps.length}`)).toBeVisible();

  await presenter
    .getByRole('button', { name: 'End the presentation' })
    .click()
    .catch((error: unknown) => {
      // The button closes its own window: the click may find its page gone as it finishes.
      if (!presenter.isClosed()) throw error;
    });
  await expect(presentation(page)).toHaveCount(0);
  await expect.poll(() => presenter.isClosed()).toBe(true);
});
