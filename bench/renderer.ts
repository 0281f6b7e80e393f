import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright';
import type { ArgMap } from '../src-shared/model/map';
import { type ArgmapApp, launchArgmap } from '../tests/e2e/support/argmapApp';
import { PREVIEW_URL } from '../tests/support/previewUrl';
import { closeQuietly, servePages } from './servePages';

const RENDERER = resolve('out/renderer');
/** The origin the e2e harness trusts; requests to it are answered from the built files, no server needed. */
const ORIGIN = PREVIEW_URL;
const SOURCES = ['src-renderer', 'src-shared'];

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestChange(join(path, name))),
    stat.mtimeMs,
  );
}

/**
 * Builds the app when the built renderer is missing or older than its sources. When the build fails but
 * an older build exists, the bench goes on with it and says so (returns the warning).
 */
export function ensureBuilt(log: (message: string) => void): string | null {
  const built = join(RENDERER, 'index.html');
  const exists = existsSync(built);
  if (exists && statSync(built).mtimeMs >= Math.max(...SOURCES.map(newestChange))) return null;
  log('the built renderer is missing or older than its sources: npm run build');
  const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status === 0) return null;
  if (!exists) throw new Error(`npm run build failed (exit ${build.status}) and there is no earlier build`);
  const warning = `npm run build failed (exit ${build.status}): the renderer measured is the last build, from ${statSync(built).mtime.toISOString()}`;
  log(warning);
  return warning;
}

/** The built renderer in a page, as the e2e tests run it: `window.argmap` bridged to the real handlers. */
export interface RendererApp {
  app: ArgmapApp;
  page: Page;
  /** From File → Open to the map on the canvas (every node and edge of it, when `everyNode` was asked for). */
  openMs: number;
  close(): Promise<void>;
}

export interface OpenOptions {
  /**
   * Every node and edge in the page (`?render=all`), not only those in view: for reading the canvas's DOM
   * whole, as the DOM capture does.
   */
  everyNode?: boolean;
}

/**
 * Opens `map` in a fresh window of the app (File → Open with a scripted dialog) and waits until the canvas
 * shows it: its first node drawn (React Flow draws a node only once it has measured it) or, with
 * `everyNode`, every node and edge in the page (edges come once their nodes are measured).
 */
export async function openInRenderer(
  browser: Browser,
  map: ArgMap,
  timeoutS: number,
  options: OpenOptions = {},
): Promise<RendererApp> {
  const folder = await temporaryFolder();
  const context = await newContext(browser);
  try {
    const path = options.everyNode ? '/?render=all' : '/';
    const app = await launchArgmap(browser, { context, blank: true, userData: folder, path });
    const file = join(folder, `bench-${map.nodes.length}.argmap.json`);
    await writeFile(file, JSON.stringify(map));
    app.dialogs.openAnswers.push(file);
    const start = performance.now();
    await app.page.keyboard.press('Control+O');
    const wait = { timeout: timeoutS * 1000, polling: 250 };
    if (options.everyNode)
      await app.page.waitForFunction(
        ([nodes, edges]) =>
          document.querySelectorAll('.react-flow__node').length === nodes &&
          document.querySelectorAll('.react-flow__edge').length === edges,
        [map.nodes.length, map.edges.length] as const,
        wait,
      );
    else
      await app.page.waitForFunction(
        ([title, first]) => {
          const node = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${first}"]`);
          return document.title.startsWith(title) && !!node && node.style.visibility !== 'hidden';
        },
        [`bench-${map.nodes.length}`, map.nodes[0]?.id ?? ''] as const,
        wait,
      );
    const openMs = performance.now() - start;
    await app.page.evaluate(() => document.fonts.ready.then(() => undefined));
    return {
      app,
      page: app.page,
      openMs,
      close: () => closeQuietly(context),
    };
  } catch (error) {
    await closeQuietly(context);
    throw error;
  }
}

const folders: string[] = [];

/**
 * A folder for a map the app opens and its user data. The app watches an open file and asks what to do
 * when it goes away, and the harness's scripted dialogs throw on a question nobody scripted: so the
 * folders stay until the process exits.
 */
async function temporaryFolder(): Promise<string> {
  if (folders.length === 0)
    process.once('exit', () => {
      for (const folder of folders) rmSync(folder, { recursive: true, force: true });
    });
  const folder = await mkdtemp(join(tmpdir(), 'argmap-bench-'));
  folders.push(folder);
  return folder;
}

async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: ORIGIN,
    viewport: { width: 1280, height: 800 },
    // The page's CSP forbids injected scripts; html-to-image comes in as one.
    bypassCSP: true,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  await servePages(context, ORIGIN, RENDERER);
  return context;
}
