import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { readArgdown } from '../../src-shared/formats/argdownRead';
import { launchArgmap } from './support/argmapApp';

const ctrl = process.platform === 'darwin' ? 'Meta' : 'Control';

const ARGDOWN = `# Cars in cities

[Ban]: Cities should ban cars from their centres.
  <+ [Noise]: Cars make streets loud.
    <- [Electric]: Electric cars are quiet.
  <- [Trade]: Shops need deliveries. {speaker: "A shopkeeper"}
`;

test('File → Import… opens an Argdown file as an untitled map and says what did not come over', async ({
  browser,
}) => {
  const app = await launchArgmap(browser);
  const folder = await mkdtemp(join(tmpdir(), 'argmap-import-'));
  const path = join(folder, 'cars.argdown');
  await writeFile(path, ARGDOWN);
  app.dialogs.importAnswers.push(path);
  await app.page.keyboard.press(`${ctrl}+Alt+O`);

  const alert = app.page.getByRole('alertdialog');
  await expect(alert).toContainText('Not carried over');
  await expect(alert).toContainText('Headings');
  await alert.getByRole('button', { name: 'Close' }).click();
  const cards = app.page.locator('.react-flow__node');
  await expect(cards).toHaveCount(4);
  await expect(cards.filter({ hasText: 'Cities should ban cars' })).toContainText('Thesis');
  await expect(cards.filter({ hasText: 'Electric cars are quiet' })).toContainText('Counterpoint');
  await expect(cards.filter({ hasText: 'Shops need deliveries' })).toContainText('A shopkeeper');

  // Untitled: Save asks where, and never writes JSON over the Argdown file.
  app.dialogs.saveAnswers.push(null);
  await app.page.keyboard.press(`${ctrl}+S`);
  await expect.poll(() => app.dialogs.asked.some((question) => question.startsWith('save:'))).toBe(true);
  expect(await readFile(path, 'utf8')).toBe(ARGDOWN);
  await app.close();
});

test('a malformed Argdown file is refused with the parser’s line and column, and the map stays', async ({
  browser,
}) => {
  const app = await launchArgmap(browser);
  const folder = await mkdtemp(join(tmpdir(), 'argmap-import-'));
  const path = join(folder, 'broken.ad');
  await writeFile(path, '[A]: fine\n[B]: data {"x": "a} b"}\n');
  app.dialogs.importAnswers.push(path);
  await app.page.keyboard.press(`${ctrl}+Alt+O`);
  const alert = app.page.getByRole('alertdialog');
  await expect(alert).toContainText('Could not import');
  await expect(alert).toContainText(/line 2, column \d+/);
  await alert.getByRole('button', { name: 'Close' }).click();
  await expect(app.page.locator('.react-flow__node').first()).toBeVisible();
  expect(await app.page.locator('.react-flow__node').count()).toBeGreaterThan(50);
  await app.close();
});

test('the export dialog writes Argdown, previewing its first lines and what it holds', async ({
  browser,
}) => {
  const app = await launchArgmap(browser);
  const folder = await mkdtemp(join(tmpdir(), 'argmap-export-'));
  await app.page.keyboard.press(`${ctrl}+Shift+E`);
  const dialog = app.page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'Argdown', exact: true }).check();
  await expect(dialog.getByRole('region', { name: 'Preview of the export' })).toContainText(
    '[The recent moves of both leaders]:',
  );
  await expect(dialog.locator('.export-summary')).toHaveText(
    /^Argdown · [\d,]+ KB · 100 statements, 99 links$/,
  );
  await expect(dialog.getByRole('radio', { name: 'Tour step' })).toHaveCount(0);
  app.dialogs.exportAnswers.push(join(folder, 'article'));
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(app.page.getByRole('status', { name: 'Messages' })).toHaveText('Exported article.argdown.');
  expect(app.dialogs.asked).toContain('export:Possible reconciliation between Japan and North Korea.argdown');
  const written = await readFile(join(folder, 'article.argdown'), 'utf8');
  expect(readArgdown(written, 'x').ok).toBe(true);
  await app.close();
});

test('an outline pasted onto the canvas becomes nodes under each other, in one undoable step', async ({
  browser,
}) => {
  const app = await launchArgmap(browser, { blank: true });
  const { page } = app;
  const cards = page.locator('.react-flow__node');
  const before = await cards.count();
  await page.locator('.react-flow__pane').click();
  const outline = [
    '- Cities should ban cars',
    '  - Cars make streets loud',
    '    - Con: Electric cars are quiet',
    '  - Objection: Shops need deliveries',
  ].join('\n');
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  }, outline);

  await expect(cards).toHaveCount(before + 4);
  await expect(page.locator('.react-flow__edge')).toHaveCount(3);
  await expect(cards.filter({ hasText: 'Cities should ban cars' })).toContainText('Thesis');
  await expect(cards.filter({ hasText: 'Cars make streets loud' })).toContainText('Premise');
  await expect(cards.filter({ hasText: 'Electric cars are quiet' })).toContainText('Counterpoint');
  await expect(cards.filter({ hasText: 'Shops need deliveries' })).toContainText('Counterpoint');
  const top = async (text: string) => (await cards.filter({ hasText: text }).boundingBox())?.y ?? 0;
  expect(await top('Cars make streets loud')).toBeGreaterThan(await top('Cities should ban cars'));

  await page.keyboard.press(`${ctrl}+Z`);
  await expect(cards).toHaveCount(before);
  await app.close();
});

test('a JSON Canvas file opens as a map with its cards’ kinds and links', async ({ browser }) => {
  const app = await launchArgmap(browser);
  const folder = await mkdtemp(join(tmpdir(), 'argmap-import-'));
  const path = join(folder, 'board.canvas');
  const card = (id: string, text: string, y: number) => ({
    id,
    type: 'text',
    x: 0,
    y,
    width: 280,
    height: 120,
    text,
  });
  await writeFile(
    path,
    JSON.stringify({
      nodes: [
        card('ban', '**Thesis**\n\nCities should ban cars.', 0),
        card('vans', 'Shops need vans.', 300),
        { id: 'pic', type: 'file', file: 'street.png', x: 400, y: 0, width: 200, height: 200 },
      ],
      edges: [{ id: 'e1', fromNode: 'vans', toNode: 'ban', label: 'opposes' }],
    }),
  );
  app.dialogs.importAnswers.push(path);
  await app.page.keyboard.press(`${ctrl}+Alt+O`);
  const alert = app.page.getByRole('alertdialog');
  await expect(alert).toContainText('Cards that are not text were left out: pic (file).');
  await alert.getByRole('button', { name: 'Close' }).click();
  const cards = app.page.locator('.react-flow__node');
  await expect(cards).toHaveCount(2);
  await expect(cards.filter({ hasText: 'Shops need vans.' })).toContainText('Counterpoint');
  await expect(app.page.locator('.react-flow__edge')).toHaveCount(1);
  await app.close();
});
