import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { type ArgmapApp, launchArgmap } from './support/argmapApp';

const ctrl = process.platform === 'darwin' ? 'Meta' : 'Control';
let app: ArgmapApp;
test.beforeEach(async ({ browser }) => {
  app = await launchArgmap(browser, { blank: true });
});
test.afterEach(() => app.close());

const PAGE = `<!doctype html><html><head><title>Bus lanes for Main Street | The Ledger</title>
<meta property="og:site_name" content="The Ledger"><meta name="author" content="Ana Ruiz">
<script>fetch('https://tracker.example/ping')</script></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Bus lanes for Main Street</h1>
<p>The city council voted on Tuesday to build bus lanes on Main Street. Mayor Linda Okafor welcomed the vote after a long debate.</p>
<h2>What the traders say</h2>
<p>“We will lose parking, and with it customers,” said Raj Patel, chair of the Main Street Traders. The lanes will cost four million pounds.</p>
<p>Buses will run every five minutes at peak times. The council expects the lanes to open next spring, before the summer season begins.</p>
</article><footer>© The Ledger</footer><img src="https://tracker.example/pixel.gif"></body></html>`;

const coverage = async () =>
  Number((await app.page.locator('.source-coverage').textContent())?.match(/\d+/)?.[0]);

test('a new map from a web page: headings in the pane, a quote from the finder, a premise from a sentence, saved and reopened', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const { page, dialogs } = app;
  const folder = await mkdtemp(join(tmpdir(), 'argmap-article-'));
  const article = join(folder, 'bus-lanes.html');
  await writeFile(article, PAGE);
  dialogs.articleAnswers.push(article);
  await page.keyboard.press(`${ctrl}+Alt+N`);
  // The import runs in a worker thread, which the harness starts from TypeScript sources: slow on a busy machine.
  await expect(page).toHaveTitle(/Bus lanes for Main Street(?! \|)/, { timeout: 30_000 });

  const source = page.getByRole('complementary', { name: 'Source text' });
  await expect(source.getByRole('heading', { name: 'What the traders say' })).toBeVisible();
  await expect(source).toContainText('Ana Ruiz · The Ledger');
  await expect(source).not.toContainText('Home');
  const before = await coverage();

  await page.keyboard.press(`${ctrl}+Alt+Q`);
  const finder = page.getByRole('listbox', { name: 'Quotes' });
  await expect(finder.getByRole('option')).toHaveCount(1);
  await expect(finder.getByRole('option').first()).toContainText(
    'Raj Patel, chair of the Main Street Traders',
  );
  await finder.press('Enter');
  const quote = page.locator('.react-flow__node-quote', { hasText: 'We will lose parking' });
  await expect(quote).toContainText('Raj Patel');
  await expect(finder.getByRole('option').first()).toContainText('Mapped');

  // Alt+click takes the whole sentence; P makes a premise anchored to it.
  await source
    .getByText(/Buses will run every five minutes/)
    .click({ modifiers: ['Alt'], position: { x: 20, y: 5 } });
  await page.keyboard.press('p');
  await page.keyboard.press('Escape');
  const premise = page.locator('.react-flow__node-premise').first();
  const premiseId = await premise.getAttribute('data-id');
  await expect(page.locator(`mark[data-nodes~="${premiseId}"]`)).toHaveText(
    'Buses will run every five minutes at peak times.',
  );
  expect(await coverage()).toBeGreaterThan(before);

  const saved = join(folder, 'bus lanes.argmap.json');
  dialogs.saveAnswers.push(saved);
  await page.keyboard.press(`${ctrl}+S`);
  await expect(page).toHaveTitle('bus lanes — Argmap');
  await app.close();

  app = await launchArgmap(browser, { userData: app.userData, blank: true });
  app.dialogs.openAnswers.push(saved);
  await app.page.keyboard.press(`${ctrl}+O`);
  await expect(app.page).toHaveTitle('bus lanes — Argmap');
  await expect(app.page.locator('.react-flow__node-quote')).toContainText('Raj Patel');
  await expect(
    app.page
      .getByRole('complementary', { name: 'Source text' })
      .getByRole('heading', { name: 'What the traders say' }),
  ).toBeVisible();
});
