import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../src-main/files/atomicWrite';
import { identityOf } from '../src-main/files/fileIdentity';
import { nodeFileSystem } from '../src-main/files/fileSystem';
import { readMapFile } from '../src-main/files/readMapFile';
import { decodeUtf8 } from '../src-shared/load/decode';
import { loadMapFromText } from '../src-shared/load/loadMap';
import { serializeMap } from '../src-shared/model/serialize';
import { runChild } from './childScript';
import type { FirstCalls } from './fileChild';
import { generateMap } from './generateMap';
import { type Goal, goalNote, verdict } from './goals';
import { formatBytes, formatCount, formatMs, type Timing, timingOf } from './measure';
import { type BenchContext, type Section, type SectionResult, sizesFor } from './section';

const GOAL: Goal = { text: '< 200 ms', limit: 200, nodes: 5000, format: formatMs };

function plansFor(quick: boolean) {
  return {
    sizes: quick ? [100, 1000] : [100, 500, 1000, 2000, 5000],
    runs: quick ? 5 : 9,
    /** Fresh processes for the first open and save. */
    processes: quick ? 3 : 5,
  };
}

export interface FileRow {
  nodes: number;
  edges: number;
  bytes: number;
  open: Timing;
  read: Timing;
  hash: Timing;
  decode: Timing;
  loadText: Timing;
  parse: Timing;
  save: Timing;
  serialize: Timing;
  write: Timing;
  firstOpen: Timing;
  firstSave: Timing;
  secondOpen: Timing;
}

async function timed(runs: number, work: () => unknown): Promise<Timing> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return timingOf(samples);
}

const failIfNot = (result: { ok: boolean; message?: string }) => {
  if (!result.ok) throw new Error(result.message ?? 'failed');
};

async function measureSize(context: BenchContext, folder: string, nodes: number): Promise<FileRow> {
  const { runs, processes } = plansFor(context.quick);
  context.log(`files: generating a map of ${formatCount(nodes)} nodes`);
  const map = await generateMap(nodes);
  const path = join(folder, `bench-${nodes}.argmap.json`);
  const savePath = join(folder, `saved-${nodes}.argmap.json`);
  const text = serializeMap(map);
  await writeFile(path, text);
  const bytes = await nodeFileSystem.readFile(path);
  const stats = await nodeFileSystem.stat(path);

  context.log(`files: open and save of ${formatCount(nodes)} nodes`);
  const row: Omit<FileRow, 'firstOpen' | 'firstSave' | 'secondOpen'> = {
    nodes,
    edges: map.edges.length,
    bytes: bytes.byteLength,
    open: await timed(runs, async () => failIfNot(await readMapFile(nodeFileSystem, path))),
    read: await timed(runs, async () => {
      await nodeFileSystem.stat(path);
      await nodeFileSystem.readFile(path);
    }),
    hash: await timed(runs, () => identityOf(bytes, stats)),
    decode: await timed(runs, () => failIfNot(decodeUtf8(bytes))),
    loadText: await timed(runs, () => failIfNot(loadMapFromText(text))),
    parse: await timed(runs, () => JSON.parse(text)),
    save: await timed(runs, async () =>
      failIfNot(await writeFileAtomic(nodeFileSystem, savePath, serializeMap(map))),
    ),
    serialize: await timed(runs, () => serializeMap(map)),
    write: await timed(runs, async () => failIfNot(await writeFileAtomic(nodeFileSystem, savePath, text))),
  };

  context.log(`files: first open and save of ${formatCount(nodes)} nodes in ${processes} fresh processes`);
  const firsts: FirstCalls[] = [];
  for (let run = 0; run < processes; run++)
    firsts.push(runChild<FirstCalls>('bench/fileChild.ts', [path, savePath]));
  return {
    ...row,
    firstOpen: timingOf(firsts.map((first) => first.openMs)),
    firstSave: timingOf(firsts.map((first) => first.saveMs)),
    secondOpen: timingOf(firsts.map((first) => first.secondOpenMs)),
  };
}

const ms = (timing: Timing) => formatMs(timing.medianMs);

export function fileTables(rows: FileRow[]): Pick<SectionResult, 'tables' | 'notes'> {
  const largest = rows.find((row) => row.nodes === GOAL.nodes);
  const notes = largest
    ? [
        goalNote('open a 5,000-node map in under 200 ms (warm)', GOAL, largest.open.medianMs),
        goalNote('save a 5,000-node map in under 200 ms (warm)', GOAL, largest.save.medianMs),
        goalNote(
          'open a 5,000-node map in under 200 ms, the first open in a fresh process',
          GOAL,
          largest.firstOpen.medianMs,
        ),
      ]
    : ['Goal (open or save a 5,000-node map in under 200 ms): no 5,000-node map in quick mode.'];
  notes.push(
    'Open is the app’s readMapFile on a file in the temporary folder: stat, read, SHA-256 of the bytes (to notice changes made by others), UTF-8 decode, then the one loading path (parse, version check, migrate, zod validation, reference check). The stage columns time each part alone; loadMapFromText is parse and validation together.',
    'Save is serializeMap (fields in schema order, two-space indent) plus writeFileAtomic (temporary file, fsync, rename, fsync of the folder) over an existing file; the fsyncs make it depend on the disk.',
    'Warm figures repeat the work in this process, after the loader has run; a person opens a file once per launch, so the fresh-process table is closer to what they wait for (the bundle is loaded before the clock starts).',
  );
  return {
    tables: [
      {
        title: 'Open: read, decode, validate (medians, warm)',
        header: [
          'Nodes',
          'Edges',
          'File',
          'Runs',
          'readMapFile',
          `Goal ${GOAL.text}`,
          'stat + read',
          'SHA-256',
          'UTF-8 decode',
          'loadMapFromText',
          'JSON.parse alone',
        ],
        numeric: [0, 1, 2, 3, 4, 6, 7, 8, 9, 10],
        rows: rows.map((row) => [
          formatCount(row.nodes),
          formatCount(row.edges),
          formatBytes(row.bytes),
          String(row.open.runs),
          ms(row.open),
          verdict(GOAL, row.open.medianMs, row.nodes),
          ms(row.read),
          ms(row.hash),
          ms(row.decode),
          ms(row.loadText),
          ms(row.parse),
        ]),
      },
      {
        title: 'Save: serialize and atomic write (medians, warm)',
        header: [
          'Nodes',
          'Runs',
          'serializeMap + writeFileAtomic',
          `Goal ${GOAL.text}`,
          'serializeMap',
          'writeFileAtomic',
        ],
        numeric: [0, 1, 2, 4, 5],
        rows: rows.map((row) => [
          formatCount(row.nodes),
          String(row.save.runs),
          ms(row.save),
          verdict(GOAL, row.save.medianMs, row.nodes),
          ms(row.serialize),
          ms(row.write),
        ]),
      },
      {
        title: 'The first open and save in a fresh process (medians of the processes)',
        header: [
          'Nodes',
          'Processes',
          'First open',
          `Goal ${GOAL.text}`,
          'First save, after it',
          `Goal ${GOAL.text}`,
          'Second open',
        ],
        numeric: [0, 1, 2, 4, 6],
        rows: rows.map((row) => [
          formatCount(row.nodes),
          String(row.firstOpen.runs),
          ms(row.firstOpen),
          verdict(GOAL, row.firstOpen.medianMs, row.nodes),
          ms(row.firstSave),
          verdict(GOAL, row.firstSave.medianMs, row.nodes),
          ms(row.secondOpen),
        ]),
      },
    ],
    notes,
  };
}

/** Opening and saving map files as the main process does, at every size. */
export const filesSection: Section = {
  id: 'files',
  title: 'Files',
  async run(context: BenchContext): Promise<SectionResult> {
    const plans = plansFor(context.quick);
    const folder = await mkdtemp(join(tmpdir(), 'argmap-bench-files-'));
    try {
      const rows: FileRow[] = [];
      for (const nodes of sizesFor(context, plans.sizes))
        rows.push(await measureSize(context, folder, nodes));
      return { rows, ...fileTables(rows), meta: { folder: tmpdir(), plans } };
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  },
};
