import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArgMap } from '../src-shared/model/map';
import { applyChange } from '../src-shared/ops/change';
import { emptyHistory, HISTORY_LIMIT, type History, record, undo } from '../src-shared/ops/history';
import { runChild } from './childScript';
import { representativeEdits } from './edits';
import { generateArgument } from './generateMap';
import { type Goal, goalNote, verdict } from './goals';
import type { HeapGrowth } from './heapChild';
import { formatCount, formatMs, type Timing, timingOf } from './measure';
import type { BenchContext, Section, SectionResult } from './section';

const EDIT_GOAL: Goal = { text: '< 16 ms', limit: 16, nodes: 5000, format: formatMs };
const MB = 1024 * 1024;
/** Signed, so a heap that shrank reads as such. */
const formatMegabytes = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
const HEAP_GOAL: Goal = { text: '< 20 MB', limit: 20 * MB, format: formatMegabytes };

function plansFor(quick: boolean) {
  return { editNodes: 5000, runs: quick ? 20 : 50, heapNodes: 1000, heapEdits: 1000, heapRuns: 3 };
}

export interface EditRow {
  operation: string;
  steps: number;
  edit: Timing;
  undo: Timing;
  total: Timing;
}

export interface HeapRow extends HeapGrowth {
  nodes: number;
  growth: number;
}

/** A history as a long session leaves it: full but for one entry, so recording copies as much as it ever does. */
function fullHistory(map: ArgMap): History {
  const node = map.nodes[0];
  if (!node) return emptyHistory;
  const change = {
    label: 'Edit text',
    steps: [
      {
        type: 'update' as const,
        list: 'nodes' as const,
        id: node.id,
        before: { text: 'a' },
        after: { text: 'b' },
      },
    ],
  };
  let history = emptyHistory;
  for (let n = 1; n < HISTORY_LIMIT; n++) history = record(history, change);
  return history;
}

/** Times each edit as the store commits it (make the change, apply it, record it) and then its undo. */
function timeEdits(map: ArgMap, runs: number): EditRow[] {
  const history = fullHistory(map);
  const original = JSON.stringify(map);
  return representativeEdits(map).map((edit) => {
    const edits: number[] = [];
    const undos: number[] = [];
    let steps = 0;
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      const change = edit.make(map, run);
      if (!change) throw new Error(`${edit.label}: nothing to change`);
      const edited = applyChange(map, change);
      const recorded = record(history, change);
      const applied = performance.now();
      const undone = undo(edited, recorded);
      const end = performance.now();
      if (!undone) throw new Error(`${edit.label}: nothing to undo`);
      if (run === 0 && JSON.stringify(undone.map) !== original)
        throw new Error(`${edit.label}: undo did not give back the map`);
      steps = change.steps.length;
      edits.push(applied - start);
      undos.push(end - applied);
    }
    return {
      operation: edit.label,
      steps,
      edit: timingOf(edits),
      undo: timingOf(undos),
      total: timingOf(edits.map((ms, i) => ms + (undos[i] as number))),
    };
  });
}

async function measureHeap(context: BenchContext): Promise<HeapRow[]> {
  const plans = plansFor(context.quick);
  const folder = await mkdtemp(join(tmpdir(), 'argmap-bench-heap-'));
  try {
    const path = join(folder, 'map.json');
    await writeFile(path, JSON.stringify(generateArgument(plans.heapNodes)));
    const rows: HeapRow[] = [];
    for (let run = 0; run < plans.heapRuns; run++) {
      const growth = runChild<HeapGrowth>('bench/heapChild.ts', [path, String(plans.heapEdits)], {
        nodeFlags: ['--expose-gc'],
      });
      rows.push({ nodes: plans.heapNodes, ...growth, growth: growth.after - growth.before });
    }
    return rows;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

const medianOf = (values: number[]) => timingOf(values).medianMs;

export function editingTables(
  edits: EditRow[],
  heap: HeapRow[],
  nodes: number,
): Pick<SectionResult, 'tables' | 'notes'> {
  const ms = (timing: Timing) => formatMs(timing.medianMs);
  const growth = heap.length > 0 ? medianOf(heap.map((row) => row.growth)) : undefined;
  const slowest = edits.reduce<EditRow | undefined>(
    (worst, row) => (!worst || row.total.medianMs > worst.total.medianMs ? row : worst),
    undefined,
  );
  const single = edits.filter((row) => !row.operation.startsWith('Move all'));
  const slowestSingle = single.reduce<EditRow | undefined>(
    (worst, row) => (!worst || row.total.medianMs > worst.total.medianMs ? row : worst),
    undefined,
  );
  const notes = [
    goalNote(
      `an edit and its undo on a ${formatCount(nodes)}-node map in under 16 ms (the slowest edit of one node: ${slowestSingle?.operation ?? '—'})`,
      EDIT_GOAL,
      slowestSingle?.total.medianMs,
    ),
    goalNote(
      `the same for every edit timed (the slowest: ${slowest?.operation ?? '—'})`,
      EDIT_GOAL,
      slowest?.total.medianMs,
    ),
    goalNote('heap growth after 1,000 edits on a 1,000-node map under 20 MB', HEAP_GOAL, growth),
    `Edit is what the editor's store does on a commit: the operation makes its change, applyChange makes the new map, record adds it to a history already holding ${HISTORY_LIMIT - 1} entries; undo applies the inverse. The map is generated, not laid out (positions play no part in these operations). What the canvas does with the new map (React Flow's nodes, a render) is not in these figures: see the canvas section.`,
    'Heap: a fresh node --expose-gc process per run applies 1,000 edits (40% moves, 25% text, 10% notes, 10% new linked premises, 10% deletions, the rest rewrites; seeded) through applyChange and record, and reads V8’s used heap after two forced collections, before and after. History keeps the last 500 changes.',
  ];
  return {
    tables: [
      {
        title: `An edit and its undo on the ${formatCount(nodes)}-node map (medians of ${edits[0]?.total.runs ?? 0} runs)`,
        header: ['Edit', 'Steps', 'Edit', 'Undo', 'Edit + undo', 'Slowest run', `Goal ${EDIT_GOAL.text}`],
        numeric: [1, 2, 3, 4, 5],
        rows: edits.map((row) => [
          row.operation,
          formatCount(row.steps),
          ms(row.edit),
          ms(row.undo),
          ms(row.total),
          formatMs(Math.max(...row.total.samplesMs)),
          verdict(EDIT_GOAL, row.total.medianMs, nodes),
        ]),
      },
      {
        title: 'Heap after 1,000 edits on the 1,000-node map (each run a fresh process)',
        header: [
          'Run',
          'Before',
          'After',
          'Growth',
          `Goal ${HEAP_GOAL.text}`,
          'Undo entries',
          'Growth without the history',
          'Nodes after',
        ],
        numeric: [0, 1, 2, 3, 5, 6, 7],
        rows: [
          ...heap.map((row, i) => [
            String(i + 1),
            formatMegabytes(row.before),
            formatMegabytes(row.after),
            formatMegabytes(row.growth),
            verdict(HEAP_GOAL, row.growth),
            formatCount(row.undoEntries),
            formatMegabytes(row.withoutHistory - row.before),
            formatCount(row.nodesAfter),
          ]),
          ...(growth === undefined
            ? []
            : [['median', '', '', formatMegabytes(growth), verdict(HEAP_GOAL, growth), '', '', '']]),
        ],
      },
    ],
    notes,
  };
}

/** Editing a large map through the operations and the history, and the memory a long session keeps. */
export const editingSection: Section = {
  id: 'editing',
  title: 'Editing',
  async run(context: BenchContext): Promise<SectionResult> {
    const plans = plansFor(context.quick);
    context.log(`editing: ${plans.runs} runs of each edit on ${formatCount(plans.editNodes)} nodes`);
    const edits = timeEdits(generateArgument(plans.editNodes), plans.runs);
    context.log(`editing: heap after ${plans.heapEdits} edits, ${plans.heapRuns} processes`);
    const heap = await measureHeap(context);
    return {
      rows: [
        ...edits.map((row) => ({ kind: 'edit', ...row })),
        ...heap.map((row) => ({ kind: 'heap', ...row })),
      ],
      ...editingTables(edits, heap, plans.editNodes),
      meta: { plans },
    };
  },
};
