import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext } from 'playwright';
import { launchArgmap } from '../tests/e2e/support/argmapApp';
import { PREVIEW_URL } from '../tests/support/previewUrl';
import { type Goal, goalNote, verdict } from './goals';
import { formatBytes, formatCount, formatMs, timingOf } from './measure';
import type { BenchContext, Section, SectionResult } from './section';
import { servePages } from './servePages';

const GOAL: Goal = { text: '< 400 ms', limit: 400, bound: 'atMost', format: formatMs };
const RENDERER = resolve('out/renderer');
const ORIGIN = PREVIEW_URL;
const ARTICLE = resolve('maps/article.argmap.json');

/** One page load, in ms from the navigation's start (the page's time origin). */
export interface StartupLoad {
  firstContentfulPaintMs?: number;
  domContentLoadedMs?: number;
  firstNodeMs?: number;
  /** The frame in which every node of the article was in the page and one of them visible. */
  onScreenMs: number;
  /** The first paint's steps: the main script fetched, run, the document received, the fonts in. */
  scriptLoadedMs?: number;
  scriptRunMs?: number;
  documentInMs?: number;
  fontsInMs?: number;
}

interface Probe {
  firstNodeAt?: number;
  onScreenAt?: number;
  fontsAt?: number;
}

/**
 * Runs in the page before its own scripts: each animation frame, until every one of `expected` nodes is
 * in the page and one is drawn (React Flow hides a node until it has measured it) inside the window.
 */
function startupProbe(expected: number) {
  const probe: Probe = {};
  (window as unknown as { __startupProbe: Probe }).__startupProbe = probe;
  document.fonts.addEventListener('loadingdone', () => {
    probe.fontsAt ??= performance.now();
  });
  const nodes = document.getElementsByClassName('react-flow__node');
  const visible = (node: Element) => {
    const box = node.getBoundingClientRect();
    return (
      box.width > 0 &&
      box.height > 0 &&
      box.right > 0 &&
      box.bottom > 0 &&
      box.left < window.innerWidth &&
      box.top < window.innerHeight &&
      getComputedStyle(node).visibility !== 'hidden'
    );
  };
  const check = () => {
    const now = performance.now();
    if (probe.firstNodeAt === undefined && nodes.length > 0) probe.firstNodeAt = now;
    if (nodes.length === expected && Array.prototype.some.call(nodes, visible)) {
      probe.onScreenAt = now;
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/**
 * A fresh browser context serving the built renderer at the origin the e2e harness trusts, as
 * bench/renderer.ts serves it (requests answered from out/renderer, no server).
 */
async function freshContext(browser: Browser, expected: number): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: ORIGIN, viewport: { width: 1280, height: 800 } });
  await servePages(context, ORIGIN, RENDERER);
  await context.addInitScript({ content: `(${startupProbe.toString()})(${expected});` });
  return context;
}

async function loadOnce(browser: Browser, expected: number, timeoutS: number): Promise<StartupLoad> {
  const userData = await mkdtemp(join(tmpdir(), 'argmap-bench-startup-'));
  const context = await freshContext(browser, expected);
  try {
    const { page } = await launchArgmap(browser, { context, userData });
    await page.waitForFunction(
      () => (window as unknown as { __startupProbe: Probe }).__startupProbe.onScreenAt !== undefined,
      null,
      { timeout: timeoutS * 1000, polling: 100 },
    );
    return await page.evaluate(() => {
      const probe = (window as unknown as { __startupProbe: Probe }).__startupProbe;
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      const navigation = performance.getEntriesByType('navigation')[0] as
        | PerformanceNavigationTiming
        | undefined;
      const mark = (name: string) => performance.getEntriesByName(name, 'mark')[0]?.startTime;
      const script = performance
        .getEntriesByType('resource')
        .find((entry) => /\/assets\/index-[^/]*\.js$/.test(entry.name)) as
        | PerformanceResourceTiming
        | undefined;
      return {
        firstContentfulPaintMs: paint?.startTime,
        domContentLoadedMs: navigation?.domContentLoadedEventEnd,
        firstNodeMs: probe.firstNodeAt,
        onScreenMs: probe.onScreenAt as number,
        scriptLoadedMs: script?.responseEnd,
        scriptRunMs: mark('argmap:script-run'),
        documentInMs: mark('argmap:document-in'),
        fontsInMs: probe.fontsAt,
      };
    });
  } finally {
    await context.close().catch(() => {});
    await rm(userData, { recursive: true, force: true });
  }
}

/** The size of what the page loads at start: its scripts and styles (fonts and the layout worker load later). */
function bundleBytes(): number {
  const assets = join(RENDERER, 'assets');
  const html = readFileSync(join(RENDERER, 'index.html'), 'utf8');
  return readdirSync(assets)
    .filter((name) => /\.(js|css)$/.test(name) && html.includes(name))
    .reduce((sum, name) => sum + statSync(join(assets, name)).size, 0);
}

function medianOf(loads: StartupLoad[], pick: (load: StartupLoad) => number | undefined) {
  const values = loads.map(pick).filter((value): value is number => value !== undefined);
  return values.length > 0 ? timingOf(values).medianMs : undefined;
}

/** What the first paint waits for, step by step (medians): each step's time from navigation start, and its share. */
function breakdownTable(loads: StartupLoad[]) {
  const median = (pick: (load: StartupLoad) => number | undefined) => medianOf(loads, pick);
  const steps: [string, (load: StartupLoad) => number | undefined][] = [
    ['main script fetched (scripts and styles)', (load) => load.scriptLoadedMs],
    ['main script parsed and run', (load) => load.scriptRunMs],
    ['document received from main', (load) => load.documentInMs],
    ['first card in the page (React rendered)', (load) => load.firstNodeMs],
    ['the map on screen (cards measured, drawn)', (load) => load.onScreenMs],
    ['fonts loaded (not waited for: text shows in the fallback first)', (load) => load.fontsInMs],
  ];
  let previous = 0;
  const rows = steps.map(([label, pick]) => {
    const at = median((load) => pick(load));
    const step = at === undefined || label.startsWith('fonts') ? undefined : at - previous;
    if (at !== undefined && !label.startsWith('fonts')) previous = at;
    return [label, at === undefined ? '—' : formatMs(at), step === undefined ? '—' : formatMs(step)];
  });
  return {
    title: 'First paint, step by step (medians, ms from navigation start)',
    header: ['Step', 'Done at', 'Took'],
    numeric: [1, 2],
    rows,
  };
}

export function startupTables(loads: StartupLoad[], nodes: number): Pick<SectionResult, 'tables' | 'notes'> {
  const median = (pick: (load: StartupLoad) => number | undefined) => medianOf(loads, pick);
  const cell = (ms: number | undefined) => (ms === undefined ? '—' : formatMs(ms));
  const row = (label: string, load: Partial<StartupLoad>) => [
    label,
    cell(load.firstContentfulPaintMs),
    cell(load.domContentLoadedMs),
    cell(load.firstNodeMs),
    cell(load.onScreenMs),
    verdict(GOAL, load.onScreenMs),
  ];
  const medians: Partial<StartupLoad> = {
    firstContentfulPaintMs: median((load) => load.firstContentfulPaintMs),
    domContentLoadedMs: median((load) => load.domContentLoadedMs),
    firstNodeMs: median((load) => load.firstNodeMs),
    onScreenMs: median((load) => load.onScreenMs),
  };
  return {
    tables: [
      {
        title: `Startup: the bundled article map (${formatCount(nodes)} nodes) in the built renderer, ms from navigation start`,
        header: [
          'Load',
          'First contentful paint',
          'DOMContentLoaded',
          'First node in the page',
          'Map on screen',
          `Goal ${GOAL.text}`,
        ],
        numeric: [1, 2, 3, 4],
        rows: [...loads.map((load, i) => row(String(i + 1), load)), row('median', medians)],
      },
      breakdownTable(loads),
    ],
    notes: [
      goalNote(
        'the article map on screen within 400 ms of starting the renderer (median)',
        GOAL,
        medians.onScreenMs,
      ),
      `Each load is a new browser context and page (nothing cached) opening the built renderer, with window.argmap bridged to the real main-process handlers as in the e2e tests; “map on screen” is the animation frame in which all ${formatCount(nodes)} nodes were in the page and one was drawn inside the window (painted right after). First contentful paint (Paint Timing API) is the first text or image drawn. The bridge asks main for the document as the page starts, while its script loads, so “document received” is only what is left to wait for once the script has run; the article’s text is drawn in the frame after the map.`,
      'Not in these figures: Electron starting and creating the window, and main reading the article (the harness reads it before the page loads; see the files section for the cost). The page asks main for the document over Playwright’s exposed function, which stands in for Electron’s IPC.',
    ],
  };
}

/** From starting the renderer to the article map on screen, over several fresh page loads. */
export const startupSection: Section = {
  id: 'startup',
  title: 'Startup',
  async run(context: BenchContext): Promise<SectionResult> {
    const loads = context.quick ? 3 : 7;
    const nodes = (JSON.parse(readFileSync(ARTICLE, 'utf8')) as { nodes: unknown[] }).nodes.length;
    const browser = await context.browser();
    const results: StartupLoad[] = [];
    for (let load = 0; load < loads; load++) {
      context.log(`startup: page load ${load + 1} of ${loads}`);
      results.push(await loadOnce(browser, nodes, 60));
    }
    return {
      rows: results.map((load, i) => ({ load: i + 1, nodes, ...load })),
      ...startupTables(results, nodes),
      meta: { chromium: browser.version(), loads, scriptsAndStyles: formatBytes(bundleBytes()) },
    };
  },
};
