import type { Page } from 'playwright';
import type { ArgMap } from '../src-shared/model/map';
import { FORMAT_VERSION } from '../src-shared/model/map';
import { type Goal, goalNote, verdict } from './goals';
import { formatMs, type Timing, timingOf } from './measure';
import { openInRenderer } from './renderer';
import type { BenchContext, Section, SectionResult } from './section';

const FOLD_GOAL: Goal = { text: '< 100 ms', limit: 100, format: formatMs };
const TASK_GOAL: Goal = { text: '≤ 50 ms', limit: 50, bound: 'atMost', format: formatMs };
const REASONS = 1000;

/** A thesis with `reasons` premises beneath it, in rows as a person might have left them. */
export function claimWithReasons(reasons: number): ArgMap {
  const ids = Array.from({ length: reasons }, (_, i) => `r${i}`);
  return {
    format: 'argmap',
    version: FORMAT_VERSION,
    title: `A claim with ${reasons} reasons`,
    nodes: [
      { id: 'thesis', kind: 'thesis', text: 'The claim every reason bears on.', position: { x: 0, y: 0 } },
      ...ids.map((id, i) => ({
        id,
        kind: 'premise' as const,
        text: `Reason ${i + 1}, one of many.`,
        position: { x: (i % 40) * 320 - 6400, y: 200 + Math.floor(i / 40) * 140 },
      })),
    ],
    edges: ids.map((id) => ({ id: `e-${id}`, from: id, to: 'thesis', relation: 'supports' as const })),
    tour: [],
  };
}

interface Probe {
  keyAt: number | null;
  doneAt: number | null;
  /** When the canvas last changed: links that arrive over several steps have all done so. */
  drawnAt: number | null;
  tasks: number[];
  settled: boolean;
}

/**
 * Runs in the page: notes the key press, watches long tasks, and notes when `done()` first holds and when
 * the canvas last changed (each checked on every DOM change of the canvas and painted a frame later);
 * watching goes on for half a second after `done()`.
 */
function armProbe([key, folded]: [string, boolean]) {
  const probe: Probe = { keyAt: null, doneAt: null, drawnAt: null, tasks: [], settled: false };
  (window as unknown as { __foldProbe: Probe }).__foldProbe = probe;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.tasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const onKey = (event: KeyboardEvent) => {
    if (probe.keyAt === null && event.key === key) probe.keyAt = performance.now();
  };
  window.addEventListener('keydown', onKey, { capture: true });
  // Folded: the badge shows and the claim's card is the only one left; unfolded: the reasons are back.
  const done = () =>
    folded
      ? document.querySelector('.fold-badge') !== null &&
        document.querySelectorAll('.react-flow__node').length === 1
      : document.querySelector('.fold-badge') === null;
  const painted = (note: () => void) => requestAnimationFrame(() => setTimeout(note, 0));
  let drawing = false;
  let doneSeen = false;
  const changes = new MutationObserver(() => {
    if (probe.keyAt === null || probe.settled) return;
    // One note per frame, however many changes it brings.
    if (!drawing) {
      drawing = true;
      painted(() => {
        drawing = false;
        if (!probe.settled) probe.drawnAt = performance.now();
      });
    }
    if (doneSeen || !done()) return;
    doneSeen = true;
    painted(() => {
      probe.doneAt = performance.now();
      setTimeout(() => {
        for (const entry of observer.takeRecords()) probe.tasks.push(entry.duration);
        observer.disconnect();
        changes.disconnect();
        window.removeEventListener('keydown', onKey, { capture: true });
        probe.settled = true;
      }, 500);
    });
  });
  changes.observe(document.querySelector('.react-flow') as Element, {
    subtree: true,
    childList: true,
    attributes: true,
  });
}

async function press(page: Page, key: string, folded: boolean) {
  await page.evaluate(armProbe, [key, folded] as [string, boolean]);
  await page.keyboard.press(key);
  await page.waitForFunction(() => (window as unknown as { __foldProbe: Probe }).__foldProbe.settled, null, {
    timeout: 60_000,
    polling: 100,
  });
  const probe = await page.evaluate(() => (window as unknown as { __foldProbe: Probe }).__foldProbe);
  const keyAt = probe.keyAt as number;
  return {
    ms: (probe.doneAt as number) - keyAt,
    drawnMs: (probe.drawnAt as number) - keyAt,
    longestTask: Math.max(0, ...probe.tasks),
  };
}

interface FoldRow {
  action: string;
  onScreen: Timing;
  allDrawn: Timing;
  longestTaskMs: number;
}

export const foldingSection: Section = {
  id: 'folding',
  title: 'Folding',
  async run(context: BenchContext): Promise<SectionResult> {
    const runs = context.quick ? 3 : 7;
    const open = await openInRenderer(await context.browser(), claimWithReasons(REASONS), 120);
    const samples = {
      fold: [] as number[],
      unfold: [] as number[],
      foldDrawn: [] as number[],
      unfoldDrawn: [] as number[],
      foldTask: 0,
      unfoldTask: 0,
    };
    try {
      const { page } = open;
      await page.waitForTimeout(1000);
      // Tab starts at the toolbar: the thesis is picked as a person would, and the map then has the keys.
      await page.locator('.react-flow__node[data-id="thesis"]').click();
      for (let run = 0; run < runs; run++) {
        context.log(`folding: fold and unfold a claim with ${REASONS} reasons, run ${run + 1} of ${runs}`);
        const fold = await press(page, '-', true);
        await page.waitForTimeout(300);
        const unfold = await press(page, '=', false);
        await page.waitForTimeout(300);
        samples.fold.push(fold.ms);
        samples.unfold.push(unfold.ms);
        samples.foldDrawn.push(fold.drawnMs);
        samples.unfoldDrawn.push(unfold.drawnMs);
        samples.foldTask = Math.max(samples.foldTask, fold.longestTask);
        samples.unfoldTask = Math.max(samples.unfoldTask, unfold.longestTask);
      }
    } finally {
      await open.close();
    }
    const rows: FoldRow[] = [
      {
        action: 'Collapse (-)',
        onScreen: timingOf(samples.fold),
        allDrawn: timingOf(samples.foldDrawn),
        longestTaskMs: samples.foldTask,
      },
      {
        action: 'Expand (=)',
        onScreen: timingOf(samples.unfold),
        allDrawn: timingOf(samples.unfoldDrawn),
        longestTaskMs: samples.unfoldTask,
      },
    ];
    return {
      rows,
      tables: [
        {
          title: `Folding a claim with ${REASONS.toLocaleString('en-US')} reasons, in the app (key press to painted)`,
          header: ['action', 'on screen', 'links all drawn', FOLD_GOAL.text, 'longest task', TASK_GOAL.text],
          numeric: [1, 2, 4],
          rows: rows.map((row) => [
            row.action,
            formatMs(row.onScreen.medianMs),
            formatMs(row.allDrawn.medianMs),
            verdict(FOLD_GOAL, row.allDrawn.medianMs),
            row.longestTaskMs === 0 ? 'none over 50 ms' : formatMs(row.longestTaskMs),
            verdict(TASK_GOAL, row.longestTaskMs),
          ]),
        },
      ],
      notes: [
        // Judged on the whole change: its cards and every one of its links drawn.
        goalNote(
          'fold and unfold under 100 ms, links and all',
          FOLD_GOAL,
          Math.max(...rows.map((r) => r.allDrawn.medianMs)),
        ),
        goalNote(
          'no main-thread task over 50 ms while folding',
          TASK_GOAL,
          Math.max(samples.foldTask, samples.unfoldTask),
        ),
        `Medians of ${runs} runs; the longest task is the longest of all runs (the Long Tasks API reports tasks over 50 ms only). "On screen": the claim's badge and the cards shown or hidden are painted; "links all drawn": the canvas has stopped changing, the links that arrive in the steps after an unfold (src-renderer/canvas/links/arrivals.ts) having all done so. The map is arranged by hand, so no closing-up layout follows the fold.`,
      ],
      meta: { reasons: REASONS, runs },
    };
  },
};
