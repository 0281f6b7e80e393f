import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { FORMAT_VERSION } from '../../src-shared/model/map';
import { serializeMap } from '../../src-shared/model/serialize';
import { inertnessProblems } from '../support/svgDocument';
import { launchArgmap } from './support/argmapApp';

const ctrl = process.platform === 'darwin' ? 'Meta' : 'Control';

/** Each payload, if it ever ran, would add to `window.__xss` (the canary). */
const PAYLOADS = [
  '<img src=x onerror="window.__xss=(window.__xss||0)+1">',
  '<script>window.__xss=(window.__xss||0)+1</script>',
  '"><svg onload="window.__xss=(window.__xss||0)+1">',
  'javascript:window.__xss=(window.__xss||0)+1',
  '<a href="javascript:window.__xss=1">click</a><iframe srcdoc="<script>parent.__xss=1</script>">',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the payload is a template injection, on purpose.
  "{{constructor.constructor('window.__xss=1')()}} ${window.__xss=1} ]]> <!-- --> &lt;b&gt;",
];
const payload = (i: number) => `${PAYLOADS[i % PAYLOADS.length]} #${i}`;

function hostileMap() {
  const source = PAYLOADS.join(' ');
  const nodes = [
    {
      id: 'thesis',
      kind: 'thesis',
      text: payload(0),
      notes: payload(1),
      tags: [payload(2).slice(0, 60)],
      position: { x: 0, y: 0 },
    },
    {
      id: 'quote',
      kind: 'quote',
      text: payload(3),
      quote: { speaker: payload(4), role: payload(5), direct: true },
      position: { x: -320, y: 220 },
      anchor: { start: 0, end: PAYLOADS[0]?.length ?? 0, exact: PAYLOADS[0] ?? '' },
    },
    { id: 'premise', kind: 'premise', text: payload(1), position: { x: 0, y: 220 } },
    { id: 'counter', kind: 'counterpoint', text: payload(2), position: { x: 320, y: 220 } },
    { id: 'note', kind: 'note', text: payload(5), position: { x: 320, y: 420 } },
  ];
  return {
    format: 'argmap',
    version: FORMAT_VERSION,
    title: payload(4),
    source: { title: payload(0), author: payload(2), text: source },
    nodes,
    edges: [
      { id: 'e1', from: 'quote', to: 'thesis', relation: 'supports' },
      { id: 'e2', from: 'premise', to: 'thesis', relation: 'supports' },
      { id: 'e3', from: 'counter', to: 'thesis', relation: 'opposes' },
    ],
    tour: [
      { id: 's1', focus: ['thesis'], title: payload(3), notes: payload(4) },
      { id: 's2', focus: ['quote', 'premise'], notes: payload(0) },
      { id: 's3', focus: ['counter', 'note'], title: payload(1) },
    ],
  };
}

/** Counts CSP violations in a page (a blocked injection reports one) and reads the canary. */
async function watch(page: Page) {
  await page.addInitScript(() => {
    const host = window as unknown as { __violations: string[] };
    host.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      host.__violations.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      );
    });
  });
}
const canary = (page: Page) =>
  page.evaluate(() => ({
    xss: (window as unknown as { __xss?: number }).__xss ?? 0,
    violations: (window as unknown as { __violations?: string[] }).__violations ?? [],
  }));

test('a map whose every text carries script: opened, edited, presented and exported, nothing runs', async ({
  browser,
}) => {
  const folder = await mkdtemp(join(tmpdir(), 'argmap-xss-'));
  const mapPath = join(folder, 'hostile.argmap.json');
  await writeFile(mapPath, serializeMap(hostileMap() as never));

  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  context.on('page', (page) => void watch(page));
  const app = await launchArgmap(browser, { blank: true, context });
  const { page } = app;
  await watch(page);
  await page.reload();
  await page.locator('.react-flow__node').first().waitFor();

  // Opened: canvas, source pane (with its highlights), inspector.
  app.dialogs.openAnswers.push(mapPath);
  await page.keyboard.press(`${ctrl}+O`);
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  await expect(page.locator('.react-flow__node-thesis')).toContainText('<img src=x onerror=');
  await expect(page.locator('.source-body')).toContainText('<script>window.__xss');
  await page.locator('.react-flow__node-quote').click();
  await expect(page.getByLabel('Text', { exact: true })).toHaveValue(/javascript:/);

  // Edited: new text with another payload, through the inspector and on the canvas.
  await page.locator('.react-flow__node-premise').dblclick();
  await page.keyboard.press(`${ctrl}+A`);
  await page.keyboard.type('<img src=y onerror="window.__xss=99">');
  await page.keyboard.press('Escape');
  await expect(page.locator('.react-flow__node-premise')).toContainText('<img src=y');
  await page.keyboard.press(`${ctrl}+F`);
  await page.keyboard.type('<script>');
  await page.keyboard.press('Escape');

  // Presented: every step, the overview, and the presenter view.
  await page.keyboard.press('Alt+F5');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('o');
  await page.keyboard.press('o');
  const presenter = await app.presenterWindow();
  await expect(presenter.getByText(/window\.__xss/).first()).toBeVisible();
  await page.keyboard.press('Escape');

  // Exported: the SVG written to disk, opened as a document in its own page; a copy on the clipboard.
  app.dialogs.exportAnswers.push(join(folder, 'hostile.svg'));
  await page.keyboard.press(`${ctrl}+Shift+E`);
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'SVG', exact: true }).check();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('status', { name: 'Messages' })).toHaveText('Exported hostile.svg.');
  const svg = await readFile(join(folder, 'hostile.svg'), 'utf8');
  const viewer = await context.newPage();
  await viewer.goto(`file://${join(folder, 'hostile.svg')}`);
  await expect(viewer.locator('text').first()).toBeAttached();
  expect(await viewer.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? 0)).toBe(0);
  // The words are all there, as text; the markup around them is only drawing.
  expect(inertnessProblems(svg)).toEqual([]);
  expect(svg).toContain('&lt;script&gt;window.__xss');
  await viewer.close();

  for (const target of [page, presenter]) {
    if (target.isClosed()) continue;
    expect(await canary(target)).toEqual({ xss: 0, violations: [] });
  }
  await context.close();
});
