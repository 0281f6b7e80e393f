import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { generateArgument } from '../../bench/generateMap';
import { plannedSize } from '../../src-shared/layout/nodeSize';
import { type ArgMap, type ArgNode, FORMAT_VERSION } from '../../src-shared/model/map';
import { type ArgmapApp, launchArgmap } from './support/argmapApp';

const ctrl = process.platform === 'darwin' ? 'Meta' : 'Control';
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
] as const;

async function launchAt(browser: Browser, size: { width: number; height: number }, blank = false) {
  const context = await browser.newContext({
    viewport: size,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  return launchArgmap(browser, { context, blank });
}

async function openMap(app: ArgmapApp, map: ArgMap) {
  const file = join(await mkdtemp(join(tmpdir(), 'argmap-window-')), 'map.argmap.json');
  await writeFile(file, JSON.stringify(map));
  // The window is ready for its shortcuts once its first map is drawn.
  await app.page.locator('.react-flow__node').first().waitFor();
  app.dialogs.openAnswers.push(file);
  await app.page.keyboard.press(`${ctrl}+O`);
  await expect(app.page).toHaveTitle('map — Argmap', { timeout: 15_000 });
}

/**
 * A thesis with nine reasons stacked in three columns beneath it (as a compact layout places them), and
 * a long row of quotes far to the right: too wide to read whole, so the map opens on its thesis.
 */
function thesisWithReasons(): ArgMap {
  const node = (id: string, kind: ArgNode['kind'], x: number, y: number): ArgNode => ({
    id,
    kind,
    text: `${id}: a reason stated in a sentence long enough to wrap onto a second line.`,
    position: { x, y },
  });
  const reasons = Array.from({ length: 9 }, (_, i) =>
    node(`r${i}`, 'premise', (i % 3) * 320, 180 + Math.floor(i / 3) * 150),
  );
  const quotes = Array.from({ length: 20 }, (_, i) => ({
    ...node(`q${i}`, 'quote', 1200 + i * 320, 700),
    quote: { speaker: 'A speaker', direct: true },
  }));
  return {
    format: 'argmap',
    version: FORMAT_VERSION,
    title: 'Thesis with reasons',
    nodes: [node('t', 'thesis', 320, 0), ...reasons, ...quotes],
    edges: [
      ...reasons.map((reason) => ({
        id: `e-${reason.id}`,
        from: reason.id,
        to: 't',
        relation: 'supports' as const,
      })),
      ...quotes.map((quote, i) => ({
        id: `e-${quote.id}`,
        from: quote.id,
        to: `r${i % 9}`,
        relation: 'supports' as const,
      })),
    ],
    tour: [],
  };
}

/** The ids of the cards wholly on the canvas and not under anything drawn over it, with their text's size on screen. */
function readableCards(page: Page) {
  return page.evaluate(() => {
    const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
    const zoom = Number(/scale\(([\d.]+)\)/.exec(viewport?.style.transform ?? '')?.[1]);
    if (!pane) return [];
    return [...document.querySelectorAll<HTMLElement>('.react-flow__node')].flatMap((card) => {
      const box = card.getBoundingClientRect();
      const inside =
        box.left >= pane.left && box.right <= pane.right && box.top >= pane.top && box.bottom <= pane.bottom;
      const onTop = card.contains(
        document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2),
      );
      const text = card.querySelector('.node-text');
      if (!inside || !onTop || !text) return [];
      return [
        { id: card.dataset.id ?? '', textPx: Number.parseFloat(getComputedStyle(text).fontSize) * zoom },
      ];
    });
  });
}

/** Whether anything sticks out of the window: the page's own width, and every part of the chrome. */
function cutOff(page: Page) {
  return page.evaluate(() => {
    const chrome = document.querySelectorAll(
      '.toolbar button, .toolbar-app, .toolbar-dirty, .source-pane, .side-dock, .canvas',
    );
    const outside = [...chrome].filter((element) => {
      const box = element.getBoundingClientRect();
      return box.left < 0 || box.right > window.innerWidth + 0.5;
    });
    return {
      pageWidth: document.documentElement.scrollWidth,
      window: window.innerWidth,
      outside: outside.map((element) => element.getAttribute('aria-label') ?? element.className),
    };
  });
}

for (const size of SIZES) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test('a map opens on its thesis and at least three of its reasons, in readable type', async ({
      browser,
    }) => {
      const app = await launchAt(browser, size, true);
      await openMap(app, thesisWithReasons());
      await expect(app.page.locator('.react-flow__node')).toHaveCount(30);
      await expect.poll(async () => (await readableCards(app.page)).map((card) => card.id)).toContain('t');
      const cards = await readableCards(app.page);
      expect(cards.filter((card) => card.id.startsWith('r')).length).toBeGreaterThanOrEqual(3);
      for (const card of cards) expect(card.textPx).toBeGreaterThanOrEqual(11);
      await app.close();
    });

    test('nothing overflows the window, clean, edited, or with the inspector docked', async ({ browser }) => {
      const app = await launchAt(browser, size);
      const { page } = app;
      await expect(page.locator('.react-flow__node-thesis')).toBeVisible();
      expect(await cutOff(page)).toEqual({ pageWidth: size.width, window: size.width, outside: [] });

      await page.locator('.react-flow__node-thesis').click();
      const inspector = page.getByRole('complementary', { name: 'Node properties' });
      await expect(inspector).toBeVisible();
      // Docked beside the canvas: it covers no part of the map.
      const [canvasBox, inspectorBox] = await Promise.all([
        page.locator('.react-flow').boundingBox(),
        inspector.boundingBox(),
      ]);
      expect((canvasBox?.x ?? 0) + (canvasBox?.width ?? 0)).toBeLessThanOrEqual(inspectorBox?.x ?? 0);
      await expect(page.locator('.react-flow__node-thesis')).toBeInViewport({ ratio: 1 });

      await page.keyboard.press('p');
      await page.getByRole('textbox', { name: 'Node text' }).pressSequentially('A new premise');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('status', { name: 'Unsaved changes' })).toHaveText('Edited');
      expect(await cutOff(page)).toEqual({ pageWidth: size.width, window: size.width, outside: [] });
      // The title gives way with an ellipsis rather than pushing the buttons out.
      const name = page.locator('.toolbar-doc');
      expect(await name.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
      await expect(name).toHaveCSS('text-overflow', 'ellipsis');
      await app.close();
    });
  });
}

test('in a narrow window the toolbar’s last groups move into a menu that runs them', async ({ browser }) => {
  const app = await launchAt(browser, { width: 1024, height: 768 });
  const { page } = app;
  const toolbar = page.getByRole('toolbar', { name: 'Map tools' });
  await expect(toolbar.getByRole('button', { name: 'Keyboard Shortcuts' })).toHaveCount(0);
  await toolbar.getByRole('button', { name: 'More tools' }).click();
  await page.getByRole('menuitem', { name: /Keyboard Shortcuts/ }).click();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await app.close();
});

test('Zoom to Fit shows every node of a large map; then neither it nor Zoom Out can do more, and both can again after Zoom In', async ({
  browser,
}) => {
  // Four hundred cards, zoomed in and out: slow on a busy machine.
  test.setTimeout(120_000);
  const app = await launchAt(browser, { width: 1280, height: 800 }, true);
  const { page } = app;
  // 400 nodes in two rows of 200, a strip 64,000 px wide: Zoom to Fit has to go far below 10% to show it.
  const argument = generateArgument(400, { seed: 7 });
  const nodes = argument.nodes.map((node, i) => ({
    ...node,
    position: { x: (i % 200) * 320, y: Math.floor(i / 200) * 240 },
  }));
  await openMap(app, { ...argument, nodes });
  const toolbar = page.getByRole('toolbar', { name: 'Map tools' });
  const fit = toolbar.getByRole('button', { name: 'Zoom to Fit' });
  const zoomOut = toolbar.getByRole('button', { name: 'Zoom Out' });
  const zoomIn = toolbar.getByRole('button', { name: 'Zoom In' });

  await fit.click();
  // Once the whole map is in view, fitting again would do nothing, and neither would zooming further out.
  await expect(fit).toBeDisabled({ timeout: 20_000 });
  await expect(zoomOut).toBeDisabled();
  // Every node is in view. From this far a map this large paints its cards on one canvas rather than
  // drawing each in the page: each card's box, where the view puts it, lies inside the canvas.
  await expect(page.locator('.far-canvas canvas')).toHaveCount(1);
  const boxes = nodes.map((node) => ({ id: node.id, position: node.position, size: plannedSize(node) }));
  const outside = await page.evaluate((cards) => {
    const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
    const transform = document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
    const [x = 0, y = 0, zoom = 1] = (transform.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g) ?? []).map(Number);
    if (!pane) return ['no canvas'];
    return cards
      .filter(({ position, size }) => {
        const left = pane.left + x + position.x * zoom;
        const top = pane.top + y + position.y * zoom;
        const right = left + size.width * zoom;
        const bottom = top + size.height * zoom;
        return left < pane.left || right > pane.right || top < pane.top || bottom > pane.bottom;
      })
      .map((card) => card.id);
  }, boxes);
  expect(outside).toEqual([]);

  await zoomIn.click();
  await expect(zoomOut).toBeEnabled();
  await expect(fit).toBeEnabled();
  await app.close();
});

test('Zoom In is disabled at the closest zoom, on the toolbar and on the canvas alike', async ({
  browser,
}) => {
  const app = await launchAt(browser, { width: 1280, height: 800 }, true);
  const { page } = app;
  await openMap(app, thesisWithReasons());
  const zoomIn = page.getByRole('toolbar', { name: 'Map tools' }).getByRole('button', { name: 'Zoom In' });
  await page.keyboard.press(`${ctrl}+0`);
  await expect
    .poll(
      async () => {
        // Forced: the button may turn disabled between the check and the click, as the last zoom lands.
        if (await zoomIn.isEnabled()) await zoomIn.click({ force: true });
        return zoomIn.isEnabled();
      },
      { intervals: [300], timeout: 20_000 },
    )
    .toBe(false);
  await expect(page.locator('.zoom-controls').getByRole('button', { name: 'Zoom In' })).toBeDisabled();
  await expect(page.locator('.zoom-controls').getByRole('button', { name: 'Zoom Out' })).toBeEnabled();
  expect(
    await page.evaluate(() => document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform),
  ).toContain('scale(2.5)');
  await app.close();
});

test('the shortcut sheet opens at its top and names keys as people read them', async ({ browser }) => {
  const app = await launchAt(browser, { width: 1024, height: 768 });
  const { page } = app;
  await page.keyboard.press(`${ctrl}+/`);
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet.getByRole('heading', { name: 'File' })).toBeInViewport();
  expect(await sheet.locator('.shortcut-sections').evaluate((list) => list.scrollTop)).toBe(0);
  await expect(sheet.getByRole('button', { name: 'Close' })).toBeInViewport();
  const keys = await sheet.locator('kbd').allTextContents();
  expect(keys).toEqual(expect.arrayContaining(['↑', '↓', '←', '→', 'Space', 'Page Down']));
  expect(keys.join(' ')).not.toMatch(/Arrow/i);
  await app.close();
});

test('the laser pointer stays where the pointer rests, until it leaves the window or L is pressed again', async ({
  browser,
}) => {
  const app = await launchAt(browser, { width: 1280, height: 800 });
  const { page } = app;
  await page.keyboard.press('F5');
  await expect(page.getByRole('dialog', { name: 'Presentation' })).toBeVisible();
  await page.keyboard.press('l');
  await page.mouse.move(300, 300);
  await page.mouse.move(400, 320, { steps: 5 });
  const redAt = (x: number, y: number) =>
    page.evaluate(
      ([px, py]) =>
        document
          .querySelector<HTMLCanvasElement>('canvas.laser')
          ?.getContext('2d')
          ?.getImageData(px, py, 1, 1).data[3] ?? 0,
      [x, y] as const,
    );
  // Two seconds at rest: long past the trail's fading.
  await page.waitForTimeout(2_000);
  expect(await redAt(400, 320)).toBeGreaterThan(200);
  expect(await redAt(300, 300)).toBe(0);

  await page.evaluate(() => document.documentElement.dispatchEvent(new PointerEvent('pointerleave')));
  await expect.poll(() => redAt(400, 320)).toBe(0);
  await page.mouse.move(500, 300);
  await expect.poll(() => redAt(500, 300)).toBeGreaterThan(200);
  await page.keyboard.press('l');
  await expect(page.locator('canvas.laser')).toHaveCount(0);
  await app.close();
});

test('at 200 % zoom (640×400) the properties stand above the source text: the map keeps half the window, a third beside the outline', async ({
  browser,
}) => {
  const app = await launchAt(browser, { width: 640, height: 400 });
  const { page } = app;
  const thesis = page.locator('.react-flow__node-thesis');
  await thesis.click();
  const inspector = page.getByRole('complementary', { name: 'Node properties' });
  const source = page.getByRole('complementary', { name: 'Source text' });
  await expect(inspector).toBeVisible();
  await expect(source).toBeVisible();
  expect(await cutOff(page)).toEqual({ pageWidth: 640, window: 640, outside: [] });

  const [canvasBox, inspectorBox, sourceBox] = await Promise.all(
    [page.locator('.canvas'), page.locator('.side-dock'), source].map((part) => part.boundingBox()),
  );
  expect(canvasBox?.width).toBeGreaterThanOrEqual(320);
  // One column: the properties over the source text, both right of the map, and both tall enough to use.
  expect(inspectorBox?.x).toBe(sourceBox?.x);
  expect((inspectorBox?.y ?? 0) + (inspectorBox?.height ?? 0)).toBeLessThanOrEqual(sourceBox?.y ?? 0);
  expect((canvasBox?.x ?? 0) + (canvasBox?.width ?? 0)).toBeLessThanOrEqual(inspectorBox?.x ?? 0);
  expect(inspectorBox?.height).toBeGreaterThanOrEqual(120);
  expect(sourceBox?.height).toBeGreaterThanOrEqual(120);
  await expect(thesis).toBeInViewport({ ratio: 1 });

  // F6 still reaches both, in the order they stand.
  await thesis.focus();
  await page.keyboard.press('F6');
  await expect(inspector.getByRole('combobox', { name: 'Kind' })).toBeFocused();
  await page.keyboard.press('F6');
  await expect(source.locator(':focus')).toHaveCount(1);

  // With the outline open on the left as well, every part narrows: the map keeps about a third.
  await page.keyboard.press(`${ctrl}+Shift+O`);
  await expect(page.getByRole('complementary', { name: 'Outline' })).toBeVisible();
  expect(await cutOff(page)).toEqual({ pageWidth: 640, window: 640, outside: [] });
  expect((await page.locator('.canvas').boundingBox())?.width).toBeGreaterThanOrEqual(180);
  await app.close();
});
