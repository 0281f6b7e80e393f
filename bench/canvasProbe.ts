import type { Page } from 'playwright';

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** Where the canvas is in the page, in CSS pixels. */
export interface PaneRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * What the canvas benchmark reads in a page, Argmap's or the baseline's, installed before the page's own
 * scripts. It asks nothing of the page but React Flow's class names and the node elements' `data-id`.
 */
export interface CanvasProbe {
  /** When the map reached the renderer: File → Open returned (Argmap), or the baseline was told to load. */
  openedAt: number | null;
  viewport(): Viewport | null;
  pane(): PaneRect | null;
  /** Resolves with the ms from `openedAt` to the first frame showing `viewport` with every node of `ids` drawn. */
  waitRendered(ids: string[], viewport: Viewport, timeoutMs: number): Promise<number>;
  /** Resolves once `frames` frames in a row came within 25 ms of each other (or false after the timeout). */
  waitQuiet(frames: number, timeoutMs: number): Promise<boolean>;
  /**
   * Up to `limit` points of empty pane (pane-relative, nearest the centre first) on a grid, `inset` px
   * inside the canvas: where a drag pans. Each has empty pane 4 px around it too.
   */
  freePoints(step: number, inset: number, limit: number): [number, number][];
  /** Those of `points` (pane-relative) that are empty pane, up to `limit`. */
  whichFree(points: [number, number][], limit?: number): [number, number][];
  /** The screen box of a node, if it is drawn. */
  nodeBox(id: string): PaneRect | null;
  startFrames(): void;
  /** The intervals between the frames since `startFrames`, and how many frames showed a new view. */
  stopFrames(): { intervals: number[]; views: number };
  /** Starts timing each mouse move until the frame that shows node `id` moved; call it before the press. */
  startDrag(id: string): void;
  /** How many updates of the dragged node have been drawn so far. */
  dragUpdates(): number;
  /** Resolves true once `count` updates of the dragged node were drawn, false after the timeout. */
  waitDragUpdates(count: number, timeoutMs: number): Promise<boolean>;
  /** Per update: ms from the mouse move to the frame showing the node in its new place. */
  stopDrag(): number[];
}

type Method = {
  [K in keyof CanvasProbe]: CanvasProbe[K] extends (...args: never[]) => unknown ? K : never;
}[keyof CanvasProbe];
type Call<K extends Method> = CanvasProbe[K] extends (...args: infer A) => infer R ? [A, Awaited<R>] : never;

/** Calls one of the probe's methods in the page. */
export function callProbe<K extends Method>(page: Page, method: K, ...args: Call<K>[0]): Promise<Call<K>[1]> {
  return page.evaluate(
    ([method, args]) => {
      const probe = (window as unknown as { __canvasProbe: Record<string, (...args: unknown[]) => unknown> })
        .__canvasProbe;
      return probe[method]?.(...args);
    },
    [method, args as unknown[]] as const,
  ) as Promise<Call<K>[1]>;
}

/** Runs in the page before its scripts (a context init script): defines `window.__canvasProbe`. */
export function installCanvasProbe(): void {
  const parseTransform = (transform: string): Viewport | null => {
    const match =
      /translate\(\s*(-?[\d.e+-]+)px\s*,\s*(-?[\d.e+-]+)px\s*\)\s*scale\(\s*([\d.e+-]+)\s*\)/.exec(transform);
    return match ? { x: Number(match[1]), y: Number(match[2]), zoom: Number(match[3]) } : null;
  };
  const viewportElement = () => document.querySelector<HTMLElement>('.react-flow__viewport');
  const drawnIds = (want: ReadonlySet<string>) => {
    let drawn = 0;
    for (const node of document.querySelectorAll<HTMLElement>('.react-flow__node'))
      if (want.has(node.dataset.id ?? '') && node.style.visibility !== 'hidden') drawn++;
    return drawn;
  };
  const near = (a: Viewport | null, b: Viewport) =>
    !!a && Math.abs(a.x - b.x) < 1 && Math.abs(a.y - b.y) < 1 && Math.abs(a.zoom - b.zoom) < 0.001;

  let frames: { times: number[]; views: number; recording: boolean } | null = null;
  let drag: {
    updates: number[];
    observer: MutationObserver;
    onMove(event: PointerEvent): void;
  } | null = null;

  const probe: CanvasProbe = {
    openedAt: null,
    viewport: () => parseTransform(viewportElement()?.style.transform ?? ''),
    pane() {
      const flow = document.querySelector('.react-flow');
      if (!flow) return null;
      const { left, top, width, height } = flow.getBoundingClientRect();
      return { left, top, width, height };
    },
    waitRendered(ids, viewport, timeoutMs) {
      const want = new Set(ids);
      const deadline = performance.now() + timeoutMs;
      return new Promise((resolve, reject) => {
        const check = () => {
          const now = performance.now();
          if (probe.openedAt !== null && near(probe.viewport(), viewport) && drawnIds(want) === want.size)
            resolve(now - probe.openedAt);
          else if (now > deadline)
            reject(
              new Error(
                `${drawnIds(want)} of ${want.size} visible nodes drawn, viewport ${JSON.stringify(probe.viewport())} (wanted ${JSON.stringify(viewport)}), map ${probe.openedAt === null ? 'not ' : ''}received`,
              ),
            );
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
    },
    waitQuiet(count, timeoutMs) {
      const deadline = performance.now() + timeoutMs;
      return new Promise((resolve) => {
        let last = performance.now();
        let calm = 0;
        const tick = (time: number) => {
          calm = time - last < 25 ? calm + 1 : 0;
          last = time;
          if (calm >= count) resolve(true);
          else if (time > deadline) resolve(false);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
    },
    freePoints(step, inset, limit) {
      const pane = probe.pane();
      if (!pane) return [];
      // Hit testing is slow on a large canvas (milliseconds a point): look outward from the centre and stop early.
      const grid: [number, number][] = [];
      for (let y = inset; y <= pane.height - inset; y += step)
        for (let x = inset; x <= pane.width - inset; x += step) grid.push([x, y]);
      const distance = ([x, y]: [number, number]) => (x - pane.width / 2) ** 2 + (y - pane.height / 2) ** 2;
      grid.sort((a, b) => distance(a) - distance(b));
      return probe.whichFree(grid, limit);
    },
    whichFree(points, limit = Number.POSITIVE_INFINITY) {
      const pane = probe.pane();
      if (!pane) return [];
      // Zoomed out, a large map paints its cards and links on a canvas beneath the pane: paint is not empty.
      const painted = document.querySelector<HTMLCanvasElement>('.far-canvas canvas');
      const paintAt = painted?.getContext('2d');
      const ratio = window.devicePixelRatio || 1;
      const paintedAt = (x: number, y: number) =>
        (paintAt?.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data[3] ?? 0) > 0;
      const empty = (x: number, y: number) =>
        (document.elementFromPoint(pane.left + x, pane.top + y)?.classList.contains('react-flow__pane') ??
          false) &&
        !paintedAt(x, y);
      const free: [number, number][] = [];
      for (const [x, y] of points) {
        if (free.length >= limit) break;
        if (empty(x, y) && empty(x - 4, y) && empty(x + 4, y) && empty(x, y - 4) && empty(x, y + 4))
          free.push([x, y]);
      }
      return free;
    },
    nodeBox(id) {
      const node = document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
      if (!node) return null;
      const { left, top, width, height } = node.getBoundingClientRect();
      return { left, top, width, height };
    },
    startFrames() {
      const recording = { times: [] as number[], views: 0, recording: true };
      frames = recording;
      let shown = viewportElement()?.style.transform;
      const tick = (time: number) => {
        if (!recording.recording) return;
        recording.times.push(time);
        const now = viewportElement()?.style.transform;
        if (now !== shown) recording.views++;
        shown = now;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    stopFrames() {
      const recording = frames;
      frames = null;
      if (!recording) return { intervals: [], views: 0 };
      recording.recording = false;
      const intervals = recording.times.slice(1).map((time, i) => time - (recording.times[i] as number));
      return { intervals, views: recording.views };
    },
    startDrag(id) {
      const container = document.querySelector('.react-flow__nodes');
      if (!container) throw new Error('No nodes on the canvas');
      const node = () =>
        document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
      let shown = node()?.style.transform;
      const updates: number[] = [];
      /** The time stamp of the last move not yet followed by the node; only its first update counts. */
      let pending: number | null = null;
      const observer = new MutationObserver(() => {
        const now = node()?.style.transform;
        if (now === shown) return;
        shown = now;
        if (pending === null) return;
        const movedAt = pending;
        pending = null;
        requestAnimationFrame(() => updates.push(performance.now() - movedAt));
      });
      observer.observe(container, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['style'],
      });
      // The event's own time stamp: when the browser took in the move, before the page got to it. A pointer
      // move comes before its mouse move, and this listener must be added before the press, so that it runs
      // before React Flow's (its mouse move listener may render, and so move the node, synchronously).
      const onMove = (event: PointerEvent) => {
        pending = event.timeStamp;
      };
      window.addEventListener('pointermove', onMove, { capture: true });
      drag = { updates, observer, onMove };
    },
    dragUpdates: () => drag?.updates.length ?? 0,
    waitDragUpdates(count, timeoutMs) {
      const deadline = performance.now() + timeoutMs;
      return new Promise((resolve) => {
        const check = () => {
          if ((drag?.updates.length ?? 0) >= count) resolve(true);
          else if (performance.now() > deadline) resolve(false);
          else requestAnimationFrame(check);
        };
        check();
      });
    },
    stopDrag() {
      const current = drag;
      drag = null;
      if (!current) return [];
      current.observer.disconnect();
      window.removeEventListener('pointermove', current.onMove, { capture: true });
      return current.updates;
    },
  };
  (window as unknown as { __canvasProbe: CanvasProbe }).__canvasProbe = probe;

  // In Argmap, File → Open is `window.argmap.file.open()`: note when its answer reaches the page. The
  // harness's bridge assigns `window.argmap` after this script runs; the API object is frozen, its groups not.
  let bridge: unknown;
  Object.defineProperty(window, 'argmap', {
    configurable: true,
    enumerable: true,
    get: () => bridge,
    set(api: { file?: { open?: (...args: unknown[]) => Promise<unknown> } } | undefined) {
      const file = api?.file;
      const open = file?.open;
      if (file && open)
        file.open = (...args: unknown[]) =>
          open(...args).then((result) => {
            probe.openedAt = performance.now();
            return result;
          });
      bridge = api;
    },
  });
}
