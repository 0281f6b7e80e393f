import type { Browser, Page } from 'playwright';
import type { ArgMap } from '../src-shared/model/map';
import { generateArgument } from './generateMap';
import { seededRandom } from './random';
import { openInRenderer } from './renderer';

/** A main-thread task over 50 ms, as the Long Tasks API reports it; times from the key press. */
export interface LongTask {
  startMs: number;
  durationMs: number;
}

/** One Auto-Layout Map in the app, times from the key press. */
export interface LayoutRun {
  /** Until the first node's position changed in the page (the commit of the result). */
  appliedMs: number;
  /** Until the frame after that was painted. */
  onScreenMs: number;
  longTasks: LongTask[];
}

/** The argument of `count` nodes on a shuffled grid, so the app's layout has every node to move. */
export function scatteredMap(count: number): ArgMap {
  const map = generateArgument(count);
  const next = seededRandom(3);
  const places = map.nodes.map((_, i) => i);
  for (let i = places.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [places[i], places[j]] = [places[j] as number, places[i] as number];
  }
  const columns = Math.ceil(Math.sqrt(count));
  const nodes = map.nodes.map((node, i) => {
    const place = places[i] as number;
    return { ...node, position: { x: (place % columns) * 320, y: Math.floor(place / columns) * 200 } };
  });
  return { ...map, nodes };
}

interface Probe {
  keydownAt: number | null;
  appliedAt: number | null;
  onScreenAt: number | null;
  tasks: { start: number; duration: number }[];
  done: boolean;
}

/**
 * Runs in the page before the key press: a long-task observer, the moment of the key press, and a
 * mutation observer on the nodes that notes the first change after it (React commits every moved node
 * at once). Watching goes on for `settleMs` after the change, for the work that follows the commit.
 */
function armProbe(settleMs: number) {
  const probe: Probe = { keydownAt: null, appliedAt: null, onScreenAt: null, tasks: [], done: false };
  (window as unknown as { __layoutProbe: Probe }).__layoutProbe = probe;
  const record = (entries: PerformanceEntryList) => {
    for (const entry of entries) probe.tasks.push({ start: entry.startTime, duration: entry.duration });
  };
  const tasks = new PerformanceObserver((list) => record(list.getEntries()));
  tasks.observe({ type: 'longtask' });
  const onKey = (event: KeyboardEvent) => {
    if (probe.keydownAt === null && event.key.toLowerCase() === 'l') probe.keydownAt = performance.now();
  };
  window.addEventListener('keydown', onKey, { capture: true });
  const finish = () => {
    record(tasks.takeRecords());
    tasks.disconnect();
    window.removeEventListener('keydown', onKey, { capture: true });
    probe.done = true;
  };
  const changes = new MutationObserver(() => {
    if (probe.keydownAt === null || probe.appliedAt !== null) return;
    probe.appliedAt = performance.now();
    changes.disconnect();
    requestAnimationFrame(() =>
      setTimeout(() => {
        probe.onScreenAt = performance.now();
        setTimeout(finish, settleMs);
      }, 0),
    );
  });
  const nodes = document.querySelector('.react-flow__nodes');
  if (!nodes) throw new Error('no .react-flow__nodes in the page');
  changes.observe(nodes, { subtree: true, childList: true, attributes: true, attributeFilter: ['style'] });
}

type Flagged = { __nodesChanged: boolean };

/** Runs in the page: sets a flag once any node changes, which is how undo is seen to have put them back. */
function watchNodes() {
  const flagged = window as unknown as Flagged;
  flagged.__nodesChanged = false;
  const nodes = document.querySelector('.react-flow__nodes') as Element;
  const changes = new MutationObserver(() => {
    changes.disconnect();
    flagged.__nodesChanged = true;
  });
  changes.observe(nodes, { subtree: true, childList: true, attributes: true, attributeFilter: ['style'] });
}

const idle = (page: Page, ms: number) => page.waitForTimeout(ms);

async function layOutOnce(page: Page, timeoutS: number): Promise<LayoutRun> {
  await page.evaluate(armProbe, 500);
  await page.keyboard.press('Control+Shift+L');
  await page.waitForFunction(() => (window as unknown as { __layoutProbe: Probe }).__layoutProbe.done, null, {
    timeout: timeoutS * 1000,
    polling: 100,
  });
  const probe = await page.evaluate(() => (window as unknown as { __layoutProbe: Probe }).__layoutProbe);
  const from = probe.keydownAt as number;
  return {
    appliedMs: (probe.appliedAt as number) - from,
    onScreenMs: (probe.onScreenAt as number) - from,
    longTasks: probe.tasks.map((task) => ({ startMs: task.start - from, durationMs: task.duration })),
  };
}

/**
 * Opens `map` in the app and runs Auto-Layout Map (Ctrl+Shift+L) `runs` times, undoing each before the
 * next. The first run starts the layout worker; the later ones find it running.
 */
export async function layoutInApp(
  browser: Browser,
  map: ArgMap,
  runs: number,
  timeoutS: number,
  log: (message: string) => void,
): Promise<{ openMs: number; runs: LayoutRun[] }> {
  const open = await openInRenderer(browser, map, timeoutS);
  try {
    const { page } = open;
    await idle(page, 1000);
    const results: LayoutRun[] = [];
    for (let run = 0; run < runs; run++) {
      if (run > 0) {
        await page.evaluate(watchNodes);
        await page.keyboard.press('Control+Z');
        await page.waitForFunction(() => (window as unknown as Flagged).__nodesChanged, null, {
          timeout: timeoutS * 1000,
          polling: 100,
        });
        await idle(page, 1000);
      }
      log(`layout: Auto-Layout Map in the app, run ${run + 1} of ${runs}`);
      results.push(await layOutOnce(page, timeoutS));
    }
    return { openMs: open.openMs, runs: results };
  } finally {
    await open.close();
  }
}
