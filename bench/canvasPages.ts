import { rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright';
import { build } from 'vite';
import type { ArgMap } from '../src-shared/model/map';
import { launchArgmap } from '../tests/e2e/support/argmapApp';
import { PREVIEW_URL } from '../tests/support/previewUrl';
import type { BaselineMap } from './baseline/main';
import { callProbe, installCanvasProbe, type PaneRect, type Viewport } from './canvasProbe';
import { closeQuietly, servePages } from './servePages';

/** The origin the e2e harness trusts for the app; the baseline gets one of its own. No server: routes answer. */
const ARGMAP_ORIGIN = PREVIEW_URL;
/** Another host name, so never the same origin as Argmap's, whatever port that has. */
const BASELINE_ORIGIN = 'http://localhost:4174';
const RENDERER = resolve('out/renderer');
const VIEWPORT = { width: 1280, height: 800 };

/** A canvas in a page of its own, with the map on it. */
export interface CanvasPage {
  page: Page;
  /** From the map reaching the renderer to the first frame with every visible node drawn, if it was timed. */
  renderMs?: number;
  close(): Promise<void>;
}

/** What a timed opening waits for: the view the canvas opens on, and the nodes whose corner falls inside it. */
export interface OpeningView {
  viewport: Viewport;
  visibleIds: string[];
}

const folders: string[] = [];

/** Temporary folders stay until the process exits: the app watches the map it opened. */
export async function temporaryFolder(prefix: string): Promise<string> {
  if (folders.length === 0)
    process.once('exit', () => {
      for (const folder of folders) rmSync(folder, { recursive: true, force: true });
    });
  const folder = await mkdtemp(join(tmpdir(), prefix));
  folders.push(folder);
  return folder;
}

/** Builds bench/baseline with Vite into a temporary folder; returns the folder. */
export async function buildBaseline(): Promise<string> {
  const outDir = await temporaryFolder('argmap-bench-baseline-');
  await build({
    configFile: resolve('bench/baseline/vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

/** A context like bench/renderer.ts makes, serving `root` at `origin`, with the probe installed. */
async function newContext(browser: Browser, origin: string, root: string): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: origin,
    viewport: VIEWPORT,
    bypassCSP: true,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  await servePages(context, origin, root);
  await context.addInitScript(installCanvasProbe);
  return context;
}

async function closingOnError<T>(context: BrowserContext, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    await closeQuietly(context);
    throw error;
  }
}

/**
 * Argmap's built renderer with `window.argmap` bridged to the real handlers (as bench/renderer.ts opens
 * it), on a blank map; then File → Open of `file`. With `opening`, times the render; without it, waits
 * until the canvas has settled on whatever view the app chose.
 */
export async function openArgmap(
  browser: Browser,
  file: string,
  opening: OpeningView | null,
  timeoutS: number,
): Promise<CanvasPage> {
  const context = await newContext(browser, ARGMAP_ORIGIN, RENDERER);
  return closingOnError(context, async () => {
    const userData = await temporaryFolder('argmap-bench-canvas-');
    const app = await launchArgmap(browser, { context, blank: true, userData });
    const { page } = app;
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    app.dialogs.openAnswers.push(file);
    let renderMs: number | undefined;
    if (opening) {
      const rendered = callProbe(page, 'waitRendered', opening.visibleIds, opening.viewport, timeoutS * 1000);
      // Evaluations run in order: once this one returns, the probe is watching.
      await page.evaluate(() => 0);
      await page.keyboard.press('Control+O');
      renderMs = await rendered;
    } else {
      await page.keyboard.press('Control+O');
      await page.waitForFunction(
        () => {
          const probe = (window as unknown as { __canvasProbe: { openedAt: number | null } }).__canvasProbe;
          return probe.openedAt !== null && document.querySelector('.react-flow__node[data-id="n0"]');
        },
        undefined,
        { timeout: timeoutS * 1000, polling: 100 },
      );
    }
    await settle(page);
    return { page, renderMs, close: () => closeQuietly(context) };
  });
}

/** The map as the baseline page takes it: each node's text and place, each link from claim to reason. */
export function baselineMap(map: ArgMap, pane: PaneRect): BaselineMap {
  return {
    nodes: map.nodes.map((node) => ({ id: node.id, text: node.text, position: node.position })),
    edges: map.edges.map((edge) => ({ id: edge.id, source: edge.to, target: edge.from })),
    width: pane.width,
    height: pane.height,
  };
}

/** The bare React Flow page, built by `buildBaseline`, showing `map` at `opening.viewport`; times the render. */
export async function openBaseline(
  browser: Browser,
  root: string,
  map: BaselineMap,
  opening: OpeningView,
  timeoutS: number,
): Promise<CanvasPage> {
  const context = await newContext(browser, BASELINE_ORIGIN, root);
  return closingOnError(context, async () => {
    await context.addInitScript((handed) => {
      (window as unknown as { __map: unknown }).__map = handed;
    }, map);
    const page = await context.newPage();
    await page.goto('/');
    await page.waitForFunction(() => '__baseline' in window);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const renderMs = await page.evaluate(
      ([ids, viewport, timeoutMs]) => {
        const host = window as unknown as {
          __canvasProbe: {
            waitRendered(ids: string[], viewport: unknown, timeoutMs: number): Promise<number>;
          };
          __baseline: { load(viewport: unknown): void };
        };
        const rendered = host.__canvasProbe.waitRendered(ids, viewport, timeoutMs);
        host.__baseline.load(viewport);
        return rendered;
      },
      [opening.visibleIds, opening.viewport, timeoutS * 1000] as const,
    );
    await settle(page);
    return { page, renderMs, close: () => closeQuietly(context) };
  });
}

/** Sets the baseline's view (Argmap's is set by its own commands) and waits until it is drawn. */
export async function setBaselineView(page: Page, viewport: Viewport): Promise<void> {
  await page.evaluate((target) => {
    (window as unknown as { __baseline: { setViewport(v: unknown): void } }).__baseline.setViewport(target);
  }, viewport);
  await settle(page);
}

/**
 * Waits until the canvas has stopped working: after an opening, React Flow measures the nodes it has not
 * drawn yet, and a view change may animate. Then the view must hold still for a moment.
 */
export async function settle(page: Page): Promise<void> {
  for (let tries = 0; tries < 20; tries++) {
    await callProbe(page, 'waitQuiet', 10, 15_000);
    const before = await callProbe(page, 'viewport');
    await page.waitForTimeout(200);
    const after = await callProbe(page, 'viewport');
    if (JSON.stringify(before) === JSON.stringify(after)) return;
  }
}
