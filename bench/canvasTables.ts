import type { CanvasRow, Side, View, ViewSummary } from './canvas';
import { formatCount, formatMs, type Timing } from './measure';
import type { SectionResult, Table } from './section';

/** The goals of the performance issue, as most Argmap ÷ baseline mean frame time. */
const GOALS = {
  /** Costs no more than bare React Flow: at these sizes, at both views. */
  parity: { sizes: [500, 1000], most: 1.1 },
  /** Level of detail: zoomed out to fit, at least twice as fast as bare React Flow. */
  zoomedOut: { sizes: [2000, 5000], most: 0.5 },
  /** At zoom 1, where every link runs at full length: at most this share of frames late, at every size. */
  zoom1: { mostLate: 0.05 },
  /** Opening a large map until its visible cards are drawn: at most this share of bare React Flow's time. */
  render: { sizes: [5000], most: 0.25, mostMs: 500 },
  /** The largest maps: open in under a second, 60 fps at the opening view and fitted, heap under 400 MB. */
  large: { from: 10000, openMs: 1000, meanMs: 1000 / 60, p95Ms: 20, heapMB: { nodes: 20000, most: 400 } },
};
const VIEW_NAMES: Record<View, string> = { opening: 'opening view', zoom1: 'zoom 1', fit: 'fit to view' };

type Pair = Partial<Record<Side, CanvasRow>>;

const ratioText = (value: number | undefined) =>
  value === undefined || !Number.isFinite(value) ? '—' : `${value.toFixed(2)}×`;
const ratioOf = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || b === 0 ? undefined : a / b;
const timeText = (timing: Timing | undefined) => (timing ? formatMs(timing.medianMs) : '—');
const heapText = (mb: number | undefined) => (mb === undefined ? '—' : `${Math.round(mb)} MB`);
const ms = (value: number) => (value >= 100 ? Math.round(value).toString() : value.toFixed(1));

function framesText(view: ViewSummary | undefined): string {
  if (!view) return '—';
  return `${ms(view.medianMs)} / ${ms(view.p95Ms)} / ${ms(view.meanMs)} ms · ${Math.round(view.slowShare * 100)}%`;
}

function pairs(rows: CanvasRow[]): [number, Pair][] {
  const bySize = new Map<number, Pair>();
  for (const row of rows) bySize.set(row.nodes, { ...bySize.get(row.nodes), [row.page]: row });
  return [...bySize];
}

function renderTable(all: [number, Pair][]): Table {
  return {
    title: 'Render: from the map reaching the page to every visible node drawn (median of runs)',
    header: [
      'Nodes',
      'Edges',
      'Visible nodes',
      'Argmap',
      'Baseline',
      'Ratio',
      'Runs',
      'Heap: Argmap',
      'Baseline',
    ],
    numeric: [0, 1, 2, 3, 4, 5, 6, 7, 8],
    rows: all.map(([nodes, pair]) => [
      formatCount(nodes),
      formatCount(pair.argmap?.edges ?? pair.baseline?.edges ?? 0),
      formatCount(pair.argmap?.visibleNodes ?? 0),
      timeText(pair.argmap?.render),
      timeText(pair.baseline?.render),
      ratioText(ratioOf(pair.argmap?.render?.medianMs, pair.baseline?.render?.medianMs)),
      `${pair.argmap?.render?.runs ?? 0} + ${pair.baseline?.render?.runs ?? 0}`,
      heapText(pair.argmap?.heapMB),
      heapText(pair.baseline?.heapMB),
    ]),
  };
}

function viewTable(all: [number, Pair][], view: View, title: string): Table {
  return {
    title,
    header: [
      'Nodes',
      'Zoom',
      'Argmap: median / p95 / mean · > 16.7 ms',
      'Baseline: median / p95 / mean · > 16.7 ms',
      'Ratio (mean)',
      'Ratio (median)',
      'Ratio (p95)',
      'Ratio, pan only (mean)',
    ],
    numeric: [0, 1, 4, 5, 6, 7],
    rows: all.map(([nodes, pair]) => {
      const argmap = pair.argmap?.[view];
      const baseline = pair.baseline?.[view];
      return [
        formatCount(nodes),
        (argmap ?? baseline)?.zoom.toFixed(2) ?? '—',
        framesText(argmap),
        framesText(baseline),
        ratioText(ratioOf(argmap?.meanMs, baseline?.meanMs)),
        ratioText(ratioOf(argmap?.medianMs, baseline?.medianMs)),
        ratioText(ratioOf(argmap?.p95Ms, baseline?.p95Ms)),
        ratioText(ratioOf(argmap?.pan.meanMs, baseline?.pan.meanMs)),
      ];
    }),
  };
}

function dragTable(all: [number, Pair][]): Table {
  const perSecond = (timing: Timing | undefined) =>
    timing ? Math.round(1000 / timing.medianMs).toString() : '—';
  return {
    title:
      'Drag: per update, from the mouse move to the frame showing the node moved (median of run medians)',
    header: ['Nodes', 'Argmap', 'Baseline', 'Ratio', 'Argmap updates/s', 'Baseline updates/s'],
    numeric: [0, 1, 2, 3, 4, 5],
    rows: all.map(([nodes, pair]) => [
      formatCount(nodes),
      timeText(pair.argmap?.drag),
      timeText(pair.baseline?.drag),
      ratioText(ratioOf(pair.argmap?.drag?.medianMs, pair.baseline?.drag?.medianMs)),
      perSecond(pair.argmap?.drag),
      perSecond(pair.baseline?.drag),
    ]),
  };
}

function goalTable(all: [number, Pair][]): Table {
  const found = new Map(all);
  const rows: string[][] = [];
  const judge = (nodes: number, view: View, most: number, goal: string) => {
    const argmap = found.get(nodes)?.argmap?.[view];
    const baseline = found.get(nodes)?.baseline?.[view];
    const mean = ratioOf(argmap?.meanMs, baseline?.meanMs);
    const verdict =
      mean === undefined
        ? 'not measured'
        : mean <= most
          ? 'met'
          : `NOT met (${ratioText(mean / most)} the goal)`;
    rows.push([
      goal,
      formatCount(nodes),
      VIEW_NAMES[view],
      `≤ ${most.toFixed(2)}×`,
      ratioText(mean),
      ratioText(ratioOf(argmap?.medianMs, baseline?.medianMs)),
      ratioText(ratioOf(argmap?.p95Ms, baseline?.p95Ms)),
      ratioText(ratioOf(argmap?.pan.meanMs, baseline?.pan.meanMs)),
      verdict,
    ]);
  };
  for (const nodes of GOALS.parity.sizes)
    for (const view of ['opening', 'fit'] as const)
      if (found.has(nodes)) judge(nodes, view, GOALS.parity.most, 'no costlier than bare React Flow');
  for (const nodes of GOALS.zoomedOut.sizes)
    if (found.has(nodes)) judge(nodes, 'fit', GOALS.zoomedOut.most, '2× faster zoomed out (level of detail)');
  return {
    title:
      'Goals: Argmap ÷ baseline frame time while panning and zooming, judged on the mean (1 ÷ frame rate)',
    header: ['Goal', 'Nodes', 'View', 'Wanted', 'Mean', 'Median', 'p95', 'Pan only (mean)', 'Verdict'],
    numeric: [1, 3, 4, 5, 6, 7],
    rows,
  };
}

/** Goals judged on Argmap's own figures, not a ratio: late frames at zoom 1, opening times, 60 fps and heap. */
function absoluteGoalTable(all: [number, Pair][]): Table {
  const rows: string[][] = [];
  const verdict = (value: number | undefined, most: number, text: (v: number) => string) =>
    value === undefined || !Number.isFinite(value)
      ? ['not measured', 'not measured']
      : [text(value), value <= most ? 'met' : 'NOT met'];
  const pct = (share: number) => `${Math.round(share * 100)}%`;
  for (const [nodes, pair] of all) {
    const argmap = pair.argmap;
    const row = (goal: string, wanted: string, judged: string[]) =>
      rows.push([goal, formatCount(nodes), wanted, ...judged]);
    row(
      'frames over 16.7 ms at zoom 1',
      `≤ ${pct(GOALS.zoom1.mostLate)}`,
      verdict(argmap?.zoom1?.slowShare, GOALS.zoom1.mostLate, pct),
    );
    if (GOALS.render.sizes.includes(nodes)) {
      const ratio = ratioOf(argmap?.render?.medianMs, pair.baseline?.render?.medianMs);
      row(
        'open until the visible cards are drawn, ÷ bare React Flow',
        `≤ ${ratioText(GOALS.render.most)}`,
        verdict(ratio, GOALS.render.most, ratioText),
      );
      row(
        'open until the visible cards are drawn',
        `< ${formatMs(GOALS.render.mostMs)}`,
        verdict(argmap?.render?.medianMs, GOALS.render.mostMs, formatMs),
      );
    }
    if (nodes >= GOALS.large.from) {
      const { large } = GOALS;
      row(
        'open until the visible cards are drawn',
        `< ${formatMs(large.openMs)}`,
        verdict(argmap?.render?.medianMs, large.openMs, formatMs),
      );
      for (const view of ['opening', 'fit'] as const) {
        row(
          `mean frame, ${VIEW_NAMES[view]}`,
          '≤ 16.7 ms',
          verdict(argmap?.[view]?.meanMs, large.meanMs + 0.05, (v) => `${ms(v)} ms`),
        );
        row(
          `p95 frame, ${VIEW_NAMES[view]}`,
          `≤ ${large.p95Ms} ms`,
          verdict(argmap?.[view]?.p95Ms, large.p95Ms, (v) => `${ms(v)} ms`),
        );
      }
      if (nodes === large.heapMB.nodes)
        row(
          'heap after opening',
          `< ${large.heapMB.most} MB`,
          verdict(argmap?.heapMB, large.heapMB.most, heapText),
        );
    }
  }
  return {
    title: 'Goals on Argmap’s own figures',
    header: ['Goal', 'Nodes', 'Wanted', 'Argmap', 'Verdict'],
    numeric: [1, 2, 3],
    rows,
  };
}

const NOTES = [
  'Baseline: a page of bare React Flow 12 (bench/baseline, built with Vite) with default nodes (`data.label` = the text) and default edges, the same positions and links (each drawn from the claim down to its reason, so the curves run as Argmap’s do), a canvas of the same size as Argmap’s and the same zoom range (0.1–2.5), nothing else. Both are production builds in the same headless Chromium, 1280 × 800, one page at a time; each run opens both afresh, alternating which goes first, after one untimed opening of each that finds the views.',
  'Render: Argmap from File → Open returning in the renderer (read, decoded and checked in main; the document handed over) to the first animation frame in which the canvas shows the view Argmap opens the map on and every node whose top-left corner lies inside the canvas is in the DOM and measured (not `visibility: hidden`); the baseline from the call that hands it the map (nodes converted, canvas mounted) to the same condition at the same view. Both clocks run in the page.',
  'Pan and zoom: the same real input on both pages (Playwright’s mouse, each event awaited, at most one per 16.7 ms) from a point of empty canvas on both: a 1 s drag along a figure of eight (±120 px), then 1 s of wheel zooming in to 1.6× about that point and back; the path follows the clock, so a slow page gets the same gesture in fewer, larger steps, as Chromium coalesces a mouse’s events. Frame time = the interval between requestAnimationFrame callbacks over both seconds; per run its median, p95, mean and share over 16.7 ms, then the median of runs. The mean (1 ÷ frame rate) judges the goals: the median sits on the 16.7 ms vsync beat whenever fewer than half the frames are late.',
  'Views: the opening view is where Argmap opens the map (readable zoom, on the thesis); zoom 1 is Argmap’s Actual Size (Ctrl+0) from there, where the compact layout’s cross links run at full length across the screen; fit is Argmap’s Zoom to Fit (Shift+1), clamped at zoom 0.1 on the wide generated maps; the baseline is set to exactly the same transforms.',
  'Drag: the thesis (or the visible node nearest the centre) pressed in its middle and moved 4 px to start the drag (untimed), then 32 moves of (6, 3) px out and back, each awaited until the node is drawn in its new place. Time per update = from the pointer event’s time stamp to the animation frame after the node’s transform changed; the first timed move is left out.',
  'Headless Chromium renders in software on 2 cores: absolute frame times are poor for both pages; the ratios are what count.',
  'Heap: the page’s JavaScript heap once the map is open, after a garbage collection (CDP Runtime.getHeapUsage).',
  'Maps of 10,000 and 20,000 nodes are measured only when asked for: `npm run bench -- --sizes=10000,20000 canvas`.',
];

export function canvasTables(rows: CanvasRow[]): Pick<SectionResult, 'tables' | 'notes'> {
  const all = pairs(rows);
  const notes = [...NOTES];
  for (const [nodes, pair] of all)
    for (const row of [pair.argmap, pair.baseline])
      for (const note of row?.notes ?? []) notes.push(`${formatCount(nodes)} nodes, ${row?.page}: ${note}`);
  return {
    tables: [
      renderTable(all),
      viewTable(all, 'opening', 'Pan and zoom at the opening view: frame times'),
      viewTable(all, 'zoom1', 'Pan and zoom at zoom 1 (Actual Size from the opening view): frame times'),
      viewTable(all, 'fit', 'Pan and zoom zoomed out to fit: frame times'),
      dragTable(all),
      goalTable(all),
      absoluteGoalTable(all),
    ],
    notes,
  };
}
