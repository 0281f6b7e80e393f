import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright';
import type { ArgMap } from '../src-shared/model/map';
import { type DragRun, dragNode, median, type PanZoomRun, panAndZoom } from './canvasGestures';
import {
  baselineMap,
  buildBaseline,
  type CanvasPage,
  type OpeningView,
  openArgmap,
  openBaseline,
  setBaselineView,
  settle,
  temporaryFolder,
} from './canvasPages';
import { callProbe, type PaneRect, type Viewport } from './canvasProbe';
import { canvasTables } from './canvasTables';
import { generateMap } from './generateMap';
import { type Timing, timingOf } from './measure';
import { type BenchContext, type Section, type SectionResult, sizesFor } from './section';

function planFor(quick: boolean) {
  return {
    // Quick mode measures the size its goals are judged at (a run of each size takes 25 s).
    sizes: quick ? [1000] : [100, 500, 1000, 2000, 5000],
    /** Measured only when asked for (`--sizes=10000,20000`): a run of each takes minutes. */
    large: [10000, 20000],
    /** Each run opens both pages afresh; the order alternates (Argmap first in odd runs). */
    runs: quick ? 1 : 3,
    /** Longest wait for a page to show the map. */
    timeoutS: 120,
  };
}

export type Side = 'argmap' | 'baseline';
/** The views panned and zoomed at: where the map opens, at zoom 1, and zoomed out to fit. */
export type View = 'opening' | 'zoom1' | 'fit';

/** What Argmap's canvas shows a map at, found once per size, so the baseline is shown and driven the same. */
interface Survey {
  pane: PaneRect;
  opening: OpeningView;
  /** Actual Size (Ctrl+0) from the opening view: cards at their own size, the longest links at full length. */
  zoom1: Viewport;
  fit: Viewport;
  /** Pane-relative points that are empty on both canvases at each view, where the pan starts. */
  panFrom: Record<View, [number, number] | null>;
  dragId: string;
}

interface RunSample {
  renderMs: number;
  /** The page's JavaScript heap after the opening, once garbage is collected (MB). */
  heapMB: number;
  opening: PanZoomRun | null;
  drag: DragRun;
  zoom1: PanZoomRun | null;
  fit: PanZoomRun | null;
  /** Argmap's fit-to-view (or zoom 1) when it differed from the survey's. */
  fitMismatch?: Viewport | null;
}

type PhaseSummary = Pick<PanZoomRun['all'], 'medianMs' | 'p95Ms' | 'meanMs' | 'slowShare'>;
export interface ViewSummary extends PhaseSummary {
  zoom: number;
  pan: PhaseSummary;
  zoomPhase: PhaseSummary;
  /** Frames and views per run, for judging the medians. */
  perRun: PanZoomRun[];
}

export interface CanvasRow {
  nodes: number;
  edges: number;
  page: Side;
  visibleNodes: number;
  render?: Timing;
  opening?: ViewSummary;
  zoom1?: ViewSummary;
  fit?: ViewSummary;
  /** The median heap after opening, MB. */
  heapMB?: number;
  /** The median ms per update of each run's drag. */
  drag?: Timing;
  dragMissed?: number;
  notes: string[];
}

const roundTo = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The nodes whose top-left corner falls inside the canvas at `viewport`: what "all visible nodes" means here. */
function visibleIds(map: ArgMap, viewport: Viewport, pane: PaneRect): string[] {
  return map.nodes
    .filter((node) => {
      const x = node.position.x * viewport.zoom + viewport.x;
      const y = node.position.y * viewport.zoom + viewport.y;
      return x >= 0 && x < pane.width && y >= 0 && y < pane.height;
    })
    .map((node) => node.id);
}

/** Pan points lie on this grid, this far inside the canvas, so the whole gesture stays on it. */
const GRID = 16;
const INSET = 130;
/**
 * Empty points Argmap offers, nearest the centre first; the first also empty on the baseline is taken.
 * Many: zoomed out, Argmap's links are no hit targets, and the baseline's dense ones cover much of the pane.
 */
const CANDIDATES = 300;
const FIT_KEY = 'Shift+Digit1';
const ACTUAL_SIZE_KEY = 'Control+Digit0';

/**
 * Opens the map once in Argmap (untimed, also warming up) to learn the view it opens on and its
 * fit-to-view, then once in the baseline at the same views, to find where both panes are empty.
 */
async function survey(browser: Browser, map: ArgMap, file: string, baselineRoot: string, timeoutS: number) {
  const argmap = await openArgmap(browser, file, null, timeoutS);
  let pane: PaneRect | null;
  let viewport: Viewport | null;
  let zoom1: Viewport | null;
  let fit: Viewport | null;
  let argmapFree: Record<View, [number, number][]>;
  try {
    const { page } = argmap;
    pane = await callProbe(page, 'pane');
    viewport = await callProbe(page, 'viewport');
    const opening = await callProbe(page, 'freePoints', GRID, INSET, CANDIDATES);
    await page.keyboard.press(ACTUAL_SIZE_KEY);
    await settle(page);
    zoom1 = await callProbe(page, 'viewport');
    const atZoom1 = await callProbe(page, 'freePoints', GRID, INSET, CANDIDATES);
    await page.keyboard.press(FIT_KEY);
    await settle(page);
    fit = await callProbe(page, 'viewport');
    argmapFree = {
      opening,
      zoom1: atZoom1,
      fit: await callProbe(page, 'freePoints', GRID, INSET, CANDIDATES),
    };
  } finally {
    await argmap.close();
  }
  if (!pane || !viewport || !zoom1 || !fit) throw new Error('Argmap showed no canvas');
  const opening: OpeningView = { viewport, visibleIds: visibleIds(map, viewport, pane) };
  const baseline = await openBaseline(browser, baselineRoot, baselineMap(map, pane), opening, timeoutS);
  let baselineFree: typeof argmapFree;
  try {
    const openingFree = await callProbe(baseline.page, 'whichFree', argmapFree.opening, 1);
    await setBaselineView(baseline.page, zoom1);
    const zoom1Free = await callProbe(baseline.page, 'whichFree', argmapFree.zoom1, 1);
    await setBaselineView(baseline.page, fit);
    baselineFree = {
      opening: openingFree,
      zoom1: zoom1Free,
      fit: await callProbe(baseline.page, 'whichFree', argmapFree.fit, 1),
    };
  } finally {
    await baseline.close();
  }
  const centre = {
    x: (pane.width / 2 - viewport.x) / viewport.zoom,
    y: (pane.height / 2 - viewport.y) / viewport.zoom,
  };
  const visible = new Set(opening.visibleIds);
  const byDistance = map.nodes
    .filter((node) => visible.has(node.id))
    .sort(
      (a, b) =>
        (a.position.x - centre.x) ** 2 +
        (a.position.y - centre.y) ** 2 -
        ((b.position.x - centre.x) ** 2 + (b.position.y - centre.y) ** 2),
    );
  const dragId = visible.has('n0') ? 'n0' : byDistance[0]?.id;
  if (!dragId) throw new Error('no node is visible where the map opens');
  return {
    pane,
    opening,
    zoom1,
    fit,
    panFrom: {
      opening: baselineFree.opening[0] ?? null,
      zoom1: baselineFree.zoom1[0] ?? null,
      fit: baselineFree.fit[0] ?? null,
    },
    dragId,
  } satisfies Survey;
}

const near = (a: Viewport | null, b: Viewport) =>
  !!a && Math.abs(a.x - b.x) < 1 && Math.abs(a.y - b.y) < 1 && Math.abs(a.zoom - b.zoom) < 0.001;

/** One run on one page: open (timed), pan and zoom at the opening view, drag, at zoom 1 and fitted. */
async function measureRun(
  side: Side,
  browser: Browser,
  inputs: { map: ArgMap; file: string; baselineRoot: string; survey: Survey; timeoutS: number },
): Promise<RunSample> {
  const { survey, timeoutS } = inputs;
  const opened: CanvasPage =
    side === 'argmap'
      ? await openArgmap(browser, inputs.file, survey.opening, timeoutS)
      : await openBaseline(
          browser,
          inputs.baselineRoot,
          baselineMap(inputs.map, survey.pane),
          survey.opening,
          timeoutS,
        );
  try {
    const { page } = opened;
    const pane = await callProbe(page, 'pane');
    if (!pane) throw new Error('no canvas');
    const at = ([x, y]: [number, number]) => ({ x: pane.left + x, y: pane.top + y });
    const heapMB = await heapInUse(page);
    const opening = survey.panFrom.opening ? await panAndZoom(page, at(survey.panFrom.opening)) : null;
    await settle(page);
    const drag = await dragNode(page, survey.dragId);
    await settle(page);
    let fitMismatch: Viewport | null | undefined;
    const show = async (key: string, wanted: Viewport) => {
      if (side === 'argmap') {
        await page.keyboard.press(key);
        await settle(page);
        const shown = await callProbe(page, 'viewport');
        if (!near(shown, wanted)) fitMismatch = shown;
      } else await setBaselineView(page, wanted);
    };
    await show(ACTUAL_SIZE_KEY, survey.zoom1);
    const zoom1 = survey.panFrom.zoom1 ? await panAndZoom(page, at(survey.panFrom.zoom1)) : null;
    await settle(page);
    await show(FIT_KEY, survey.fit);
    const fit = survey.panFrom.fit ? await panAndZoom(page, at(survey.panFrom.fit)) : null;
    return { renderMs: opened.renderMs ?? Number.NaN, heapMB, opening, drag, zoom1, fit, fitMismatch };
  } finally {
    await opened.close();
  }
}

/** The JavaScript heap a page holds once its garbage is collected, in MB. */
async function heapInUse(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return roundTo(usedSize / 2 ** 20, 1);
  } finally {
    await cdp.detach();
  }
}

function summarizeView(runs: PanZoomRun[], zoom: number): ViewSummary | undefined {
  if (runs.length === 0) return undefined;
  const phase = (pick: (run: PanZoomRun) => PanZoomRun['all']): PhaseSummary => ({
    medianMs: roundTo(median(runs.map((run) => pick(run).medianMs)), 1),
    p95Ms: roundTo(median(runs.map((run) => pick(run).p95Ms)), 1),
    meanMs: roundTo(median(runs.map((run) => pick(run).meanMs)), 1),
    slowShare: roundTo(median(runs.map((run) => pick(run).slowShare)), 3),
  });
  return {
    zoom: roundTo(zoom, 3),
    ...phase((run) => run.all),
    pan: phase((run) => run.pan),
    zoomPhase: phase((run) => run.zoom),
    perRun: runs,
  };
}

function summarize(
  side: Side,
  map: ArgMap,
  survey: Survey,
  samples: RunSample[],
  errors: string[],
): CanvasRow {
  const notes = [...errors];
  const mismatches = samples.filter((sample) => sample.fitMismatch !== undefined);
  if (mismatches.length > 0)
    notes.push(
      `zoom 1 or fit to view showed ${JSON.stringify(mismatches[0]?.fitMismatch)} rather than ${JSON.stringify(survey.zoom1)} or ${JSON.stringify(survey.fit)} in ${mismatches.length} run(s)`,
    );
  const dragMedians = samples
    .map((sample) => median(sample.drag.latenciesMs))
    .filter((ms) => Number.isFinite(ms));
  const present = <T>(values: (T | null)[]) => values.filter((value): value is T => value !== null);
  return {
    nodes: map.nodes.length,
    edges: map.edges.length,
    page: side,
    visibleNodes: survey.opening.visibleIds.length,
    ...(samples.length > 0
      ? {
          render: timingOf(samples.map((sample) => sample.renderMs)),
          heapMB: median(samples.map((sample) => sample.heapMB)),
        }
      : {}),
    opening: summarizeView(present(samples.map((sample) => sample.opening)), survey.opening.viewport.zoom),
    zoom1: summarizeView(present(samples.map((sample) => sample.zoom1)), survey.zoom1.zoom),
    fit: summarizeView(present(samples.map((sample) => sample.fit)), survey.fit.zoom),
    ...(dragMedians.length > 0
      ? {
          drag: timingOf(dragMedians),
          dragMissed: samples.reduce((sum, sample) => sum + sample.drag.missed, 0),
        }
      : {}),
    notes,
  };
}

async function measureSize(context: BenchContext, baselineRoot: string, nodes: number): Promise<CanvasRow[]> {
  const { log } = context;
  const plan = planFor(context.quick);
  log(`canvas: generating a map of ${nodes} nodes`);
  const map = await generateMap(nodes);
  const file = join(await temporaryFolder('argmap-bench-canvas-map-'), `bench-${nodes}.argmap.json`);
  await writeFile(file, JSON.stringify(map));
  const browser = await context.browser();
  log(`canvas: ${nodes} nodes: finding the views (Argmap, then the baseline)`);
  const found = await survey(browser, map, file, baselineRoot, plan.timeoutS);
  const inputs = { map, file, baselineRoot, survey: found, timeoutS: plan.timeoutS };
  const samples: Record<Side, RunSample[]> = { argmap: [], baseline: [] };
  const errors: Record<Side, string[]> = { argmap: [], baseline: [] };
  const { runs } = plan;
  for (let run = 0; run < runs; run++) {
    // Alternate which page goes first, so neither always follows the other's garbage.
    const order: Side[] = run % 2 === 0 ? ['argmap', 'baseline'] : ['baseline', 'argmap'];
    for (const side of order) {
      if (errors[side].length > 0) continue;
      log(`canvas: ${nodes} nodes: ${side}, run ${run + 1} of ${runs}`);
      try {
        samples[side].push(await measureRun(side, browser, inputs));
      } catch (error) {
        const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
        log(`canvas: ${side} failed: ${message}`);
        errors[side].push(`run ${run + 1} failed: ${message}`);
      }
    }
  }
  const rows = (['argmap', 'baseline'] as const).map((side) =>
    summarize(side, map, found, samples[side], errors[side]),
  );
  for (const [view, point] of Object.entries(found.panFrom))
    if (!point) for (const row of rows) row.notes.push(`no empty spot to pan from at the ${view} view`);
  return rows;
}

/**
 * Argmap's canvas against a bare React Flow page with default nodes (the baseline), the same map and
 * view size, in the same Chromium: the time to show a map, frame times while panning and zooming at the
 * view a map opens on and zoomed out to fit, and the time per update while dragging a node.
 */
export const canvasSection: Section = {
  id: 'canvas',
  title: 'Canvas',
  async run(context: BenchContext): Promise<SectionResult> {
    const plan = planFor(context.quick);
    context.log('canvas: building the bare React Flow baseline');
    const baselineRoot = await buildBaseline();
    const rows: CanvasRow[] = [];
    const sizes = context.sizes ? sizesFor(context, [...plan.sizes, ...plan.large]) : plan.sizes;
    for (const nodes of sizes) rows.push(...(await measureSize(context, baselineRoot, nodes)));
    const browser = await context.browser();
    return {
      rows,
      ...canvasTables(rows),
      meta: {
        chromium: browser.version(),
        runs: plan.runs,
        viewport: '1280 × 800 page; the baseline canvas is sized as Argmap’s',
      },
    };
  },
};
