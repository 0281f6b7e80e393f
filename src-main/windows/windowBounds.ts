import type { WriteResult } from '../files/atomicWrite';
import type { FileSystem } from '../files/fileSystem';
import { createSerialQueue, readJsonFile, writeJsonFile } from '../files/jsonFile';

/** A rectangle in screen coordinates, as Electron's `Rectangle`. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

/** How much of a window must lie on a display to count as still reachable by its title bar. */
const MIN_VISIBLE = 64;
/** Offset between cascaded windows: enough to see each title bar. */
export const CASCADE_STEP = 24;

/**
 * Where to put a window whose bounds were saved in an earlier session. A monitor may have been
 * unplugged or rearranged since, leaving the window off screen: if the saved rectangle no longer
 * lies meaningfully on any display, the default size is centred on the first display (pass the
 * primary one first). A window that does fit is moved and shrunk as needed to lie inside the work
 * area of the display it overlaps most.
 */
export function restoreBounds(
  saved: Rect | undefined,
  displays: ReadonlyArray<{ workArea: Rect }>,
  defaults: Size,
): Rect {
  const first = displays[0]?.workArea;
  const valid = saved && isUsableRect(saved) ? saved : undefined;
  if (!first) return round(valid ?? { x: 0, y: 0, ...defaults });
  if (valid) {
    let best: { area: Rect; overlap: Rect } | undefined;
    for (const { workArea } of displays) {
      const overlap = intersection(valid, workArea);
      if (overlap && (!best || areaOf(overlap) > areaOf(best.overlap))) best = { area: workArea, overlap };
    }
    const reachable =
      best !== undefined &&
      best.overlap.width >= Math.min(MIN_VISIBLE, valid.width) &&
      best.overlap.height >= Math.min(MIN_VISIBLE, valid.height);
    if (best && reachable) return fitInside(valid, best.area);
  }
  return centreIn(defaults, first);
}

/**
 * Offsets a new window down and right while another window already sits where it would open, so
 * windows opened one after another do not hide each other exactly. Given a work area, a cascade
 * that would leave it starts again at its top-left corner.
 */
export function cascade(bounds: Rect, existing: readonly Rect[], workArea?: Rect): Rect {
  const occupied = (x: number, y: number) =>
    existing.some((r) => Math.abs(r.x - x) < CASCADE_STEP / 2 && Math.abs(r.y - y) < CASCADE_STEP / 2);
  let { x, y } = bounds;
  // Each step moves past at most one window, so this many steps always find a free place or give up.
  for (let step = 0; step <= existing.length && occupied(x, y); step++) {
    x += CASCADE_STEP;
    y += CASCADE_STEP;
    if (
      workArea &&
      (x + bounds.width > workArea.x + workArea.width || y + bounds.height > workArea.y + workArea.height)
    ) {
      x = workArea.x;
      y = workArea.y;
    }
  }
  return { ...bounds, x, y };
}

/** Also checks rectangles read from a file, which may hold anything. */
function isUsableRect(r: Partial<Record<keyof Rect, unknown>>): r is Rect {
  const { x, y, width, height } = r;
  const finite = [x, y, width, height].every((n) => typeof n === 'number' && Number.isFinite(n));
  return finite && (width as number) > 0 && (height as number) > 0;
}

function intersection(a: Rect, b: Rect): Rect | undefined {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const width = Math.min(a.x + a.width, b.x + b.width) - x;
  const height = Math.min(a.y + a.height, b.y + b.height) - y;
  return width > 0 && height > 0 ? { x, y, width, height } : undefined;
}

const areaOf = (r: Rect) => r.width * r.height;

function fitInside(rect: Rect, area: Rect): Rect {
  const width = Math.min(rect.width, area.width);
  const height = Math.min(rect.height, area.height);
  const x = Math.min(Math.max(rect.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(rect.y, area.y), area.y + area.height - height);
  return round({ x, y, width, height });
}

function centreIn(size: Size, area: Rect): Rect {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return round({
    x: area.x + (area.width - width) / 2,
    y: area.y + (area.height - height) / 2,
    width,
    height,
  });
}

/** Electron wants whole pixels. */
function round(r: Rect): Rect {
  return { x: Math.round(r.x), y: Math.round(r.y), width: Math.round(r.width), height: Math.round(r.height) };
}

/** What is remembered of the last window closed, to open the next one the same way. */
export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export interface WindowStateStore {
  /** undefined when nothing usable was saved (first run, a missing or corrupt file). */
  load(): Promise<WindowState | undefined>;
  save(state: WindowState): Promise<WriteResult>;
}

/** Keeps the window state in a small JSON file, e.g. `<userData>/window-state.json`. */
export function windowStateStore({ fs, path }: { fs: FileSystem; path: string }): WindowStateStore {
  const serial = createSerialQueue();
  return {
    load: () => serial(async () => parseWindowState(await readJsonFile(fs, path))),
    save: (state) =>
      serial(() => writeJsonFile(fs, path, { bounds: round(state.bounds), maximized: state.maximized })),
  };
}

function parseWindowState(value: unknown): WindowState | undefined {
  if (value === null || typeof value !== 'object' || !('bounds' in value)) return undefined;
  const saved = value.bounds;
  if (saved === null || typeof saved !== 'object' || !isUsableRect(saved)) return undefined;
  const { x, y, width, height } = saved;
  return { bounds: { x, y, width, height }, maximized: 'maximized' in value && value.maximized === true };
}
