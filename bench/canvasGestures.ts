import type { Page } from 'playwright';
import { callProbe } from './canvasProbe';

/** One second of panning (a mouse drag on the empty pane), then one of zooming (the wheel), from one point. */
const PAN_MS = 1000;
const ZOOM_MS = 1000;
/** Input comes at most 60 times a second, as from a mouse. */
const STEP_MS = 1000 / 60;
/** The drag traces a figure of eight this wide (px) and comes back where it started. */
const PAN_RADIUS = 120;
/** The wheel zooms in to this factor about the point and back out: 2^(0.002 × wheel pixels) in React Flow. */
const ZOOM_PEAK = 1.6;
const WHEEL_PEAK = Math.log2(ZOOM_PEAK) / 0.002;
/** A frame later than this missed the 60 Hz deadline. */
export const FRAME_BUDGET_MS = 1000 / 60;

export interface FrameStats {
  frames: number;
  medianMs: number;
  p95Ms: number;
  /** The mean frame time: 1000 ÷ frames per second. */
  meanMs: number;
  /** The share of frames longer than 16.7 ms, 0 to 1. */
  slowShare: number;
  /** Frames that showed a new view (the viewport's transform changed). */
  views: number;
  /** Input events sent. */
  inputs: number;
}

export interface PanZoomRun {
  all: FrameStats;
  pan: FrameStats;
  zoom: FrameStats;
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

export function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))] as number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function frameStats(intervals: number[], views: number, inputs: number): FrameStats {
  // rAF times jitter by a fraction of a millisecond around the 16.7 ms beat.
  const slow = intervals.filter((ms) => ms > FRAME_BUDGET_MS + 0.5).length;
  return {
    frames: intervals.length,
    medianMs: round(median(intervals)),
    p95Ms: round(percentile(intervals, 0.95)),
    meanMs: round(intervals.reduce((sum, ms) => sum + ms, 0) / (intervals.length || Number.NaN)),
    slowShare: intervals.length ? round(slow / intervals.length, 3) : 0,
    views,
    inputs,
  };
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Calls `send(t)` for t from 0 to 1 over `ms`, one event at a time (each waits until Chromium has handed
 * it to the page) and at most one per STEP_MS. The gesture follows the clock: a page that takes longer
 * per event gets the same path in fewer, larger steps, as Chromium coalesces a real mouse's events.
 * (Sending without waiting loses wheel events on a busy page.) Returns how many events were sent.
 */
async function overTime(ms: number, send: (t: number) => Promise<void> | null): Promise<number> {
  let sent = 0;
  const start = performance.now();
  for (;;) {
    const stepStart = performance.now();
    const t = (stepStart - start) / ms;
    if (t >= 1) return sent;
    const event = send(t);
    if (event) {
      await event;
      sent++;
    }
    const wait = stepStart + STEP_MS - performance.now();
    if (wait > 0) await sleep(wait);
  }
}

/**
 * Pans and zooms with real input at `point` (page coordinates, on the empty pane), recording every
 * frame: the drag's path and the wheel's zoom follow the clock. Both end where they began.
 */
export async function panAndZoom(page: Page, point: { x: number; y: number }): Promise<PanZoomRun> {
  const { mouse } = page;
  await mouse.move(point.x, point.y);
  await callProbe(page, 'startFrames');
  await mouse.down();
  const panInputs = await overTime(PAN_MS, (t) => {
    const angle = 2 * Math.PI * t;
    return mouse.move(
      point.x + PAN_RADIUS * Math.sin(angle),
      point.y + (PAN_RADIUS / 2) * Math.sin(2 * angle),
    );
  });
  await mouse.move(point.x, point.y);
  await mouse.up();
  const pan = await callProbe(page, 'stopFrames');

  await callProbe(page, 'startFrames');
  let sent = 0;
  const zoomInputs = await overTime(ZOOM_MS, (t) => {
    const target = (-WHEEL_PEAK * (1 - Math.cos(2 * Math.PI * t))) / 2;
    const delta = Math.round(target - sent);
    if (delta === 0) return null;
    sent += delta;
    return mouse.wheel(0, delta);
  });
  if (sent !== 0) await mouse.wheel(0, -sent);
  const zoom = await callProbe(page, 'stopFrames');

  return {
    all: frameStats(
      [...pan.intervals, ...zoom.intervals],
      pan.views + zoom.views,
      panInputs + zoomInputs + 1,
    ),
    pan: frameStats(pan.intervals, pan.views, panInputs),
    zoom: frameStats(zoom.intervals, zoom.views, zoomInputs),
  };
}

export interface DragRun {
  /** ms per update, mouse move to the frame that shows the node moved, the first few left out. */
  latenciesMs: number[];
  /** Moves the node did not follow within the timeout. */
  missed: number;
}

/** Timed moves left out: the first update after the drag started may still carry its setup. */
const DRAG_WARMUP = 1;
const DRAG_STEPS = 16;
const DRAG_STEP = { x: 6, y: 3 };
/** A move the node has not followed in this long is counted as missed. */
const UPDATE_TIMEOUT_MS = 5_000;
/** After this many missed moves the drag is given up: something other than slowness is wrong. */
const MAX_MISSED = 3;

/**
 * Drags node `id` by its middle in small steps, out and back to where it was, waiting after each move
 * until the node is drawn in its new place; the probe times each update in the page. The press and the
 * first moves (past React Flow's drag threshold; the node gets selected) are not timed.
 */
export async function dragNode(page: Page, id: string): Promise<DragRun> {
  const box = await callProbe(page, 'nodeBox', id);
  if (!box) throw new Error(`node ${id} is not on the canvas`);
  const press = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  const { mouse } = page;
  await mouse.move(press.x, press.y);
  await callProbe(page, 'startDrag', id);
  await mouse.down();
  await mouse.move(press.x + 2, press.y + 1);
  await mouse.move(press.x + 4, press.y + 2);
  await callProbe(page, 'waitQuiet', 5, 10_000);
  const setup = await callProbe(page, 'dragUpdates');
  let followed = setup;
  let missed = 0;
  const path = [
    ...Array.from({ length: DRAG_STEPS }, (_, i) => i + 1),
    ...Array.from({ length: DRAG_STEPS }, (_, i) => DRAG_STEPS - i - 1),
  ];
  for (const step of path) {
    await mouse.move(press.x + 4 + step * DRAG_STEP.x, press.y + 2 + step * DRAG_STEP.y);
    if (await callProbe(page, 'waitDragUpdates', followed + 1, UPDATE_TIMEOUT_MS)) followed++;
    else if (++missed >= MAX_MISSED) break;
  }
  const latencies = await callProbe(page, 'stopDrag');
  // React Flow moves the node by the pointer's travel since the drag started, at the first move.
  await mouse.move(press.x + 2, press.y + 1);
  await mouse.up();
  return { latenciesMs: latencies.slice(setup + DRAG_WARMUP).map((ms) => round(ms)), missed };
}
