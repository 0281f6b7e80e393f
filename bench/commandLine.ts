import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArgMap } from '../src-shared/model/map';
import { serializeMap } from '../src-shared/model/serialize';
import { generateMap } from './generateMap';
import { type Goal, verdict } from './goals';
import { LARGE_PNG_PIXELS, type LargePng, largePngLabel, largePngOf } from './largePng';
import { formatCount, formatMs, type Timing, timingOf } from './measure';
import { ensureBuilt } from './renderer';
import { loadAverage } from './report';
import { type BenchContext, type Section, type SectionResult, sizesFor } from './section';

/** A command as a user runs it: its arguments after `argmap`, with files in the run's folder. */
interface Invocation {
  command: string;
  /** What it works on, for the table: "bundled map (100 nodes)", "5,000 nodes". */
  what: string;
  nodes?: number;
  args: (folder: string) => string[];
  goal?: Goal;
}

const seconds = (limit: number, nodes?: number): Goal => ({
  text: `< ${formatMs(limit)}`,
  limit,
  ...(nodes ? { nodes } : {}),
  format: formatMs,
});

/** `argmap validate` may cost at most this much more than starting Node (issue 19). */
const VALIDATE_OVER_NODE = 300;

/** The nodes of the map the large PNG draws. */
const LARGE_PNG_NODES = 1000;

/** `large`: the large PNG's scale, from the 1,000-node map's drawn size (or why it could not be found). */
function invocations(sizes: number[], large?: LargePng | { error: string }): Invocation[] {
  const bundled = 'maps/article.argmap.json';
  const map = (folder: string, nodes: number) => join(folder, `${nodes}.argmap.json`);
  const out = (folder: string, name: string) => join(folder, `out-${name}`);
  const rows: Invocation[] = [
    { command: 'validate', what: 'bundled map (100 nodes)', args: () => ['validate', bundled] },
    { command: 'evaluate', what: 'bundled map', args: () => ['evaluate', bundled] },
    { command: 'compare', what: 'bundled map with itself', args: () => ['compare', bundled, bundled] },
    {
      command: 'convert',
      what: 'bundled map → Argdown',
      args: (f) => ['convert', bundled, '--out', out(f, 'map.argdown')],
    },
    {
      command: 'layout',
      what: 'bundled map',
      args: (f) => ['layout', bundled, '--out', out(f, 'laid.argmap.json')],
    },
    {
      command: 'new',
      what: 'a Markdown article',
      args: (f) => ['new', join(f, 'article.md'), '--out', out(f, 'new.argmap.json')],
    },
  ];
  for (const format of ['svg', 'png', 'pdf'] as const)
    rows.push({
      command: `export ${format.toUpperCase()}`,
      what: 'bundled map',
      args: (f) => ['export', bundled, '--out', out(f, `bundled.${format}`)],
    });
  for (const nodes of sizes) {
    rows.push({
      command: 'export SVG',
      what: `${formatCount(nodes)} nodes`,
      nodes,
      args: (f) => ['export', map(f, nodes), '--out', out(f, `${nodes}.svg`)],
      goal: nodes <= 1000 ? seconds(1000, 1000) : seconds(1500, 5000),
    });
    rows.push({
      command: 'export PDF',
      what: `${formatCount(nodes)} nodes, one page`,
      nodes,
      args: (f) => ['export', map(f, nodes), '--out', out(f, `${nodes}.pdf`)],
      goal: seconds(5000, 5000),
    });
    if (nodes === LARGE_PNG_NODES && large && !('error' in large))
      rows.push({
        command: 'export PNG',
        what: largePngLabel(nodes, large),
        nodes,
        args: (f) => ['export', map(f, nodes), '--out', out(f, 'large.png'), '--scale', String(large.scale)],
        goal: seconds(6000),
      });
  }
  return rows;
}

export interface CommandLineRow {
  command: string;
  what: string;
  timing: Timing;
  /** The median less Node's own start. */
  overNodeMs: number;
  exitCode: number | null;
  error?: string;
}

function timeProcess(
  args: (run: number) => string[],
  runs: number,
): { timing: Timing; exitCode: number | null; error?: string } {
  const samples: number[] = [];
  let last: ReturnType<typeof spawnSync> | null = null;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    last = spawnSync(process.execPath, args(run), { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    samples.push(performance.now() - start);
  }
  const failed = last && last.status !== 0 ? String(last.stderr).trim().split('\n')[0] : undefined;
  return { timing: timingOf(samples), exitCode: last?.status ?? null, ...(failed ? { error: failed } : {}) };
}

/** An article for `argmap new`: the bundled map's cards as paragraphs of Markdown. */
function articleOf(map: ArgMap): string {
  return `# ${map.title}\n\n${map.nodes.map((node) => node.text).join('\n\n')}\n`;
}

async function run(context: BenchContext): Promise<SectionResult> {
  const { quick, log } = context;
  const runs = quick ? 3 : 5;
  const sizes = sizesFor(context, quick ? [1000] : [1000, 5000]);
  const warning = ensureBuilt(log);
  const folder = mkdtempSync(join(tmpdir(), 'argmap-bench-cli-'));
  const loadAtStart = loadAverage();
  try {
    const bundled = JSON.parse(readFileSync('maps/article.argmap.json', 'utf8')) as ArgMap;
    // A folder per run, so that no run writes over the file an earlier one made (the guard refuses maps).
    const generated = await Promise.all(
      sizes.map(async (nodes) => [nodes, await generateMap(nodes)] as const),
    );
    const maps = generated.map(([nodes, map]) => [nodes, serializeMap(map)] as const);
    const largeMap = generated.find(([nodes]) => nodes === LARGE_PNG_NODES)?.[1];
    const large = largeMap ? await largePngOf(largeMap) : undefined;
    for (let run = 0; run < runs; run++) {
      const own = join(folder, String(run));
      mkdirSync(own);
      writeFileSync(join(own, 'article.md'), articleOf(bundled));
      for (const [nodes, text] of maps) writeFileSync(join(own, `${nodes}.argmap.json`), text);
    }
    log('command line: Node alone');
    const node = timeProcess(() => ['-e', '0'], runs).timing;
    const rows: CommandLineRow[] = [];
    for (const invocation of invocations(sizes, large)) {
      log(`command line: argmap ${invocation.command} (${invocation.what})`);
      const measured = timeProcess(
        (run) => ['bin/argmap.cjs', ...invocation.args(join(folder, String(run)))],
        runs,
      );
      rows.push({
        command: invocation.command,
        what: invocation.what,
        ...measured,
        overNodeMs: Math.round((measured.timing.medianMs - node.medianMs) * 10) / 10,
      });
    }
    const goalOf = (row: CommandLineRow) =>
      invocations(sizes, large).find((i) => i.command === row.command && i.what === row.what)?.goal;
    const validate = rows.find((row) => row.command === 'validate');
    const validateGoal: Goal = {
      text: `≤ Node + ${VALIDATE_OVER_NODE} ms`,
      limit: VALIDATE_OVER_NODE,
      bound: 'atMost',
      format: formatMs,
    };
    return {
      rows: [{ command: 'node -e 0', what: 'Node alone', timing: node }, ...rows],
      tables: [
        {
          title: `Command line, whole processes (median of ${runs}; load average at the start ${loadAtStart.join(' / ')})`,
          header: ['Command', 'On', 'Median', 'Fastest', 'Over Node alone', 'Goal', 'Verdict'],
          numeric: [2, 3, 4],
          rows: [
            ['node -e 0', 'Node alone', formatMs(node.medianMs), formatMs(node.minMs), '', '', ''],
            ...rows.map((row) => {
              const goal = row.command === 'validate' ? validateGoal : goalOf(row);
              const value = row.command === 'validate' ? row.overNodeMs : row.timing.medianMs;
              return [
                `argmap ${row.command}`,
                row.what,
                row.error ? `failed: ${row.error}` : formatMs(row.timing.medianMs),
                formatMs(row.timing.minMs),
                formatMs(row.overNodeMs),
                goal?.text ?? '',
                goal ? verdict(goal, row.error ? undefined : value) : '',
              ];
            }),
          ],
        },
      ],
      notes: [
        'Each command runs as a user runs it, `node bin/argmap.cjs …` from the built package, a fresh process per run; files are written to a temporary folder.',
        "Maps of 1,000 and 5,000 nodes are the bench's generated arguments, laid out by the app's auto-layout.",
        ...(large && 'error' in large ? [`The large PNG was not timed: ${large.error}.`] : []),
        ...(large && !('error' in large)
          ? [
              `The large PNG draws the 1,000-node map (${formatCount(large.drawing.width)} × ${formatCount(large.drawing.height)} px at 1×, as the export engine lays it out) at the scale that gives about ${LARGE_PNG_PIXELS / 1e6} million pixels.`,
            ]
          : []),
        ...(validate
          ? [
              `argmap validate costs ${formatMs(validate.overNodeMs)} more than starting Node (goal: at most ${VALIDATE_OVER_NODE} ms more).`,
            ]
          : []),
        ...(warning ? [warning] : []),
      ],
      meta: { runs, loadAtStart, loadAtEnd: loadAverage() },
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export const commandLineSection: Section = {
  id: 'commandLine',
  title: 'Command line',
  run,
};
