import { autoLayout, sizeOf } from '../src-shared/layout/autoLayout';
import { type LayoutShape, layoutShape } from '../src-shared/layout/shape';
import { generateArgument } from './generateMap';
import { type Goal, goalNote, verdict } from './goals';
import { type LayoutRun, layoutInApp, scatteredMap } from './layoutInApp';
import { formatCount, formatMs, type RunPlan, type Timing, timingOf, wantsAnotherRun } from './measure';
import { type BenchContext, type Section, type SectionResult, sizesFor } from './section';

const TIME_GOAL: Goal = { text: '< 1 s', limit: 1000, nodes: 1000, format: formatMs };
const TASK_GOAL: Goal = { text: '≤ 50 ms', limit: 50, bound: 'atMost', format: formatMs };

function plansFor(quick: boolean) {
  const node: RunPlan = quick
    ? { maxRuns: 3, budgetS: 8, timeoutS: 120 }
    : { maxRuns: 5, budgetS: 45, timeoutS: 300 };
  return {
    sizes: quick ? [100, 1000] : [100, 500, 1000, 2000, 5000],
    node,
    appNodes: 1000,
    /** The first starts the worker; the rest find it running. */
    appRuns: quick ? 3 : 6,
    appTimeoutS: 120,
  };
}

export interface NodeLayoutRow {
  nodes: number;
  edges: number;
  timing: Timing;
  moved: number;
  /** The laid-out map's bounding box: its aspect, and how much of it cards fill. */
  shape: LayoutShape;
}

const ASPECT_GOAL = { min: 0.75, max: 2.4 };
const FILL_GOAL = 0.25;

async function timeInNode(nodes: number, plan: RunPlan): Promise<NodeLayoutRow> {
  const map = generateArgument(nodes);
  const samples: number[] = [];
  let moves = new Map<string, { x: number; y: number }>();
  while (wantsAnotherRun(plan, samples)) {
    const start = performance.now();
    moves = await autoLayout(map);
    samples.push(performance.now() - start);
  }
  const shape = layoutShape(
    map.nodes.map((node) => ({ ...(moves.get(node.id) ?? node.position), ...sizeOf(node, undefined) })),
  );
  return { nodes, edges: map.edges.length, timing: timingOf(samples), moved: moves.size, shape };
}

/**
 * The Long Tasks API rounds durations to whole milliseconds, and the mutation observer that marks the
 * result applied runs at the end of the task that committed it: a task ending this close to that mark
 * is the one that applied the result.
 */
const SAME_TASK_MS = 5;

/**
 * The longest task from the key press until the result came back (the layout itself should run in the
 * worker), and the longest from the task that applied it on (the commit, and the work that follows).
 */
export function splitTasks(run: LayoutRun): { whileComputing: number; applying: number; longest: number } {
  let whileComputing = 0;
  let applying = 0;
  for (const task of run.longTasks) {
    if (task.startMs + task.durationMs < run.appliedMs - SAME_TASK_MS)
      whileComputing = Math.max(whileComputing, task.durationMs);
    else applying = Math.max(applying, task.durationMs);
  }
  return { whileComputing, applying, longest: Math.max(whileComputing, applying) };
}

const taskCell = (ms: number) => (ms === 0 ? 'none over 50 ms' : formatMs(ms));

export function layoutTables(
  nodeRows: NodeLayoutRow[],
  app: { nodes: number; openMs: number; runs: LayoutRun[] } | null,
): Pick<SectionResult, 'tables' | 'notes'> {
  const notes: string[] = [];
  const atGoal = nodeRows.find((row) => row.nodes === TIME_GOAL.nodes);
  notes.push(goalNote('auto-layout of 1,000 nodes under 1 s, in Node', TIME_GOAL, atGoal?.timing.medianMs));
  const tables: SectionResult['tables'] = [
    {
      title: 'Auto-layout in Node (autoLayout from src-shared, medians)',
      header: [
        'Nodes',
        'Edges',
        'Runs',
        'Median',
        'Min',
        'First run',
        `Goal ${TIME_GOAL.text}`,
        'Aspect (goal 0.75-2.4:1)',
        'Fill (goal ≥ 25 %)',
      ],
      numeric: [0, 1, 2, 3, 4, 5],
      rows: nodeRows.map((row) => [
        formatCount(row.nodes),
        formatCount(row.edges),
        String(row.timing.runs),
        formatMs(row.timing.medianMs),
        formatMs(row.timing.minMs),
        formatMs(row.timing.samplesMs[0] as number),
        verdict(TIME_GOAL, row.timing.medianMs, row.nodes),
        `${row.shape.aspect.toFixed(2)}:1 ${row.shape.aspect >= ASPECT_GOAL.min && row.shape.aspect <= ASPECT_GOAL.max ? 'met' : 'missed'}`,
        `${Math.round(row.shape.fill * 100)} % ${row.shape.fill >= FILL_GOAL ? 'met' : 'missed'}`,
      ]),
    },
  ];
  if (app && app.runs.length > 0) {
    const split = app.runs.map(splitTasks);
    const median = (values: number[]) => timingOf(values).medianMs;
    const applied = median(app.runs.map((run) => run.appliedMs));
    const worstTask = Math.max(...split.map((tasks) => tasks.longest));
    const row = (
      label: string,
      run: Omit<LayoutRun, 'longTasks'>,
      tasks: ReturnType<typeof splitTasks>,
      over: string,
    ) => [
      label,
      formatMs(run.appliedMs),
      verdict(TIME_GOAL, run.appliedMs, app.nodes),
      formatMs(run.onScreenMs),
      taskCell(tasks.longest),
      verdict(TASK_GOAL, tasks.longest),
      over,
      taskCell(tasks.whileComputing),
      taskCell(tasks.applying),
    ];
    tables.push({
      title: `Auto-Layout Map in the app (Chromium, ${formatCount(app.nodes)} nodes, Ctrl+Shift+L; times from the key press)`,
      header: [
        'Run',
        'Until applied',
        `Goal ${TIME_GOAL.text}`,
        'Until painted',
        'Longest main-thread task',
        `Goal ${TASK_GOAL.text}`,
        'Tasks over 50 ms',
        'Longest until the result came back',
        'Longest applying it (the commit, and after)',
      ],
      numeric: [1, 3, 4, 6, 7, 8],
      rows: [
        ...app.runs.map((run, i) =>
          row(
            i === 0 ? '1 (worker starts)' : String(i + 1),
            run,
            split[i] as ReturnType<typeof splitTasks>,
            String(run.longTasks.length),
          ),
        ),
        row(
          'median',
          { appliedMs: applied, onScreenMs: median(app.runs.map((run) => run.onScreenMs)) },
          {
            longest: median(split.map((tasks) => tasks.longest)),
            whileComputing: median(split.map((tasks) => tasks.whileComputing)),
            applying: median(split.map((tasks) => tasks.applying)),
          },
          String(median(app.runs.map((run) => run.longTasks.length))),
        ),
      ],
    });
    notes.push(
      goalNote(
        'auto-layout of 1,000 nodes under 1 s, in the app (median, until applied)',
        TIME_GOAL,
        applied,
      ),
      goalNote(
        `auto-layout in the app with no main-thread task over 50 ms (the longest in any run, ${app.runs.length} runs)`,
        TASK_GOAL,
        worstTask,
      ),
      `In the app: the built renderer in headless Chromium opens the ${formatCount(app.nodes)}-node argument with its nodes on a shuffled grid (${formatMs(app.openMs)} from File → Open to its first node drawn; from 300 nodes the canvas keeps only the nodes in view in the page), and Ctrl+Shift+L runs Auto-Layout Map: the layout goes to a module Web Worker, and the result is committed as one undoable move. Long tasks come from a PerformanceObserver registered before the key press and kept 0.5 s after the result was applied; “until applied” ends when the first node's position changed in the page, “until painted” after the frame that followed. Each later run first undoes the previous one.`,
    );
  } else notes.push('Auto-layout in the app: not measured.');
  notes.push(
    'In Node, autoLayout lays out the generated argument (every node at the origin, sizes estimated from the text) in this process, as the worker does. Aspect is the laid-out bounding box’s width over its height; fill, the share of it the cards cover.',
  );
  return { tables, notes };
}

/** Auto-layout: its time at every size in Node, and in the app, off the main thread or not. */
export const layoutSection: Section = {
  id: 'layout',
  title: 'Layout',
  async run(context: BenchContext): Promise<SectionResult> {
    const plans = plansFor(context.quick);
    const nodeRows: NodeLayoutRow[] = [];
    for (const nodes of sizesFor(context, plans.sizes)) {
      context.log(`layout: autoLayout of ${formatCount(nodes)} nodes in Node`);
      nodeRows.push(await timeInNode(nodes, plans.node));
    }
    const browser = await context.browser();
    context.log(`layout: opening ${formatCount(plans.appNodes)} scattered nodes in the app`);
    // The figures from Node stand even when the app cannot be measured.
    const app = await layoutInApp(
      browser,
      scatteredMap(plans.appNodes),
      plans.appRuns,
      plans.appTimeoutS,
      context.log,
    ).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
    const failed = app instanceof Error;
    if (failed) context.log(`layout: the app could not be measured: ${app.message}`);
    const { tables, notes } = layoutTables(nodeRows, failed ? null : { nodes: plans.appNodes, ...app });
    if (failed) notes.unshift(`Auto-layout in the app failed: ${app.message.split('\n')[0]}`);
    return {
      rows: [
        ...nodeRows.map((row) => ({ where: 'node', ...row })),
        ...(failed
          ? []
          : app.runs.map((run, i) => ({ where: 'app', nodes: plans.appNodes, run: i + 1, ...run }))),
      ],
      tables,
      notes,
      meta: { chromium: browser.version(), plans },
    };
  },
};
