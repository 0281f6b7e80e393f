import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { isTempFileName, writeFileAtomic } from '../../../src-main/files/atomicWrite';
import { nodeFileSystem } from '../../../src-main/files/fileSystem';
import { readMapFile } from '../../../src-main/files/readMapFile';
import {
  nodeSweepFileSystem,
  sweepTempFiles,
  TEMP_FILE_MIN_AGE_MS,
} from '../../../src-main/files/sweepTempFiles';
import { serializeMap } from '../../../src-shared/model/serialize';
import { largeMap, seededRandom } from '../../support/largeMap';

// For a longer run: KILL_ROUNDS=1000 npx vitest run --project unit tests/unit/main/killTest.test.ts
// KILL_SEED=<n> repeats the kill moments of an earlier run (printed with the figures).
const ROUNDS = Number(process.env.KILL_ROUNDS ?? 200);
const SEED = Number(process.env.KILL_SEED ?? Math.floor(Math.random() * 2 ** 31));
/** Loading 3.5 MB through the full loader costs 100–250 ms here, more than the rest of a round: by default
 * it runs once for each version the kills leave on disk, and byte equality covers the other rounds. */
const LOAD_EVERY_ROUND = process.env.KILL_LOAD_EVERY_ROUND === '1';
const NODES = 5_000;
/** How many children start up ahead of their round. */
const AHEAD = 2;
const VERSIONS = 3;
const MAP_NAME = 'large map.argmap.json';
const fromHere = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

describe('a save killed with SIGKILL at a random moment', () => {
  let work = '';
  let script = '';
  let folder = '';
  let versionPaths: string[] = [];
  let versions: Buffer[] = [];
  let saveMs = 0;
  const children = new Set<ChildProcess>();

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'argmap-kill-'));
    // Bundled once, run with plain node: tsx would cost about a second a round.
    script = join(work, 'saveLoop.mjs');
    execFileSync(fromHere('../../../node_modules/.bin/esbuild'), [
      fromHere('../../support/saveLoop.ts'),
      '--bundle',
      '--platform=node',
      '--format=esm',
      `--outfile=${script}`,
      '--log-level=warning',
    ]);
    versions = Array.from({ length: VERSIONS }, (_, i) =>
      Buffer.from(serializeMap(largeMap({ nodes: NODES, seed: i + 1 }))),
    );
    versionPaths = versions.map((_, i) => join(work, `version-${i}.json`));
    await Promise.all(versions.map((bytes, i) => writeFile(versionPaths[i] as string, bytes)));
    folder = join(work, 'maps');
    await mkdir(folder);
    // Each version is a valid map, and the time a save takes sets the range of kill moments.
    const times: number[] = [];
    for (const [i, bytes] of [...versions, ...versions].entries()) {
      const started = performance.now();
      expect(await writeFileAtomic(nodeFileSystem, join(folder, MAP_NAME), bytes)).toEqual({ ok: true });
      times.push(performance.now() - started);
      if (i < VERSIONS) expect((await readMapFile(nodeFileSystem, join(folder, MAP_NAME))).ok).toBe(true);
    }
    saveMs = times.sort((a, b) => a - b)[times.length >> 1] as number;
  }, 60_000);

  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    if (work) await rm(work, { recursive: true, force: true });
  });

  it(
    `leaves a whole, loadable committed version, and no temporary file after the sweep (${ROUNDS} rounds)`,
    async () => {
      const target = join(folder, MAP_NAME);
      const random = seededRandom(SEED);
      // The child pauses up to one save's time between saves, so some kills land between saves;
      // kills spread from before the first save to past the second.
      const pauseMs = Math.max(2, Math.round(saveMs));
      const spanMs = 2 * (saveMs + pauseMs);
      const start = () => {
        const child = startSaveLoop([script, target, String(pauseMs), ...versionPaths]);
        children.add(child.process);
        return child;
      };
      const figures = newFigures();
      const problems: string[] = [];
      const report = (round: number, problem: string) => {
        figures.badRounds.add(round);
        problems.push(`round ${round} (KILL_SEED=${SEED}): ${problem}`);
      };
      const accepted = new Set<number>(); // versions readMapFile accepted from the target
      let committed = VERSIONS - 1; // the last version beforeAll saved
      const started = performance.now();

      // Children start ahead of their round (a node process takes 100–200 ms to start here), so their
      // start-up overlaps the rounds before them.
      const waiting = Array.from({ length: Math.min(AHEAD, ROUNDS) }, start);
      for (let round = 1; round <= ROUNDS && problems.length < 5; round++) {
        const child = waiting.shift() as SaveLoop;
        if (round + waiting.length < ROUNDS) waiting.push(start());
        const runStarted = performance.now();
        const killed = await child.runAndKill((committed + 1) % VERSIONS, random() * spanMs);
        figures.runMs += performance.now() - runStarted;
        figures.rounds++;
        children.delete(child.process);
        if (killed.problem) {
          report(round, killed.problem);
          break;
        }

        // What may be on disk: the last version the child saw saved, or the one it was saving.
        let inFlight: number | undefined;
        for (const marker of killed.markers) {
          const index = Number(marker.slice(1));
          if (marker.startsWith('c')) {
            committed = index;
            inFlight = undefined;
            figures.savesCompleted++;
          } else inFlight = index;
        }
        const bytes = await readFile(target).catch(() => Buffer.alloc(0));
        const onDisk = versions.findIndex((version) => version.equals(bytes));
        const allowed = inFlight === undefined ? [committed] : [committed, inFlight];
        if (!allowed.includes(onDisk)) {
          const found = onDisk < 0 ? `none of the versions (${bytes.length} bytes)` : `version ${onDisk}`;
          report(round, `the file is ${found}, expected version ${allowed.join(' or ')}`);
        }
        const tempOnDisk = (await readdir(folder)).some(isTempFileName);
        if (killed.markers.length === 0) figures.beforeFirstSave++;
        else if (inFlight === undefined) figures.betweenSaves++;
        else if (tempOnDisk) figures.duringSaveTempOnDisk++;
        else figures.duringSaveNoTemp++;
        if (inFlight !== undefined && onDisk === inFlight) figures.newVersionInPlace++;
        if (onDisk >= 0) committed = onDisk;

        // readMapFile is deterministic: bytes it accepted once from this file, it accepts again.
        if (LOAD_EVERY_ROUND || onDisk < 0 || !accepted.has(onDisk)) {
          const loadStarted = performance.now();
          const loaded = await readMapFile(nodeFileSystem, target);
          figures.loadMs += performance.now() - loadStarted;
          figures.loads++;
          if (loaded.ok) accepted.add(onDisk);
          else report(round, `readMapFile refused the file: ${loaded.message}`);
        }

        // The next launch of the app, more than a minute later.
        const swept = await sweepTempFiles(nodeSweepFileSystem, [folder], {
          now: Date.now() + TEMP_FILE_MIN_AGE_MS + 1_000,
        });
        figures.tempFilesSwept += swept.removed.length;
        if (swept.failed.length > 0) report(round, `the sweep failed: ${JSON.stringify(swept.failed)}`);
        const left = await readdir(folder);
        figures.tempFilesLeft += left.filter(isTempFileName).length;
        if (left.length !== 1 || left[0] !== MAP_NAME)
          report(round, `after the sweep the folder holds ${JSON.stringify(left)}`);
      }

      figures.seconds = (performance.now() - started) / 1000;
      console.log(formatFigures(figures, { bytes: versions[0]?.length ?? 0, saveMs, spanMs }));
      expect(problems).toEqual([]);
      expect(figures.rounds).toBe(ROUNDS);
      expect(figures.tempFilesLeft).toBe(0);
    },
    Math.max(120_000, ROUNDS * 600),
  );
});

function newFigures() {
  return {
    rounds: 0,
    seconds: 0,
    runMs: 0,
    loads: 0,
    loadMs: 0,
    savesCompleted: 0,
    beforeFirstSave: 0,
    betweenSaves: 0,
    duringSaveTempOnDisk: 0,
    duringSaveNoTemp: 0,
    newVersionInPlace: 0,
    tempFilesSwept: 0,
    tempFilesLeft: 0,
    badRounds: new Set<number>(),
  };
}

function formatFigures(
  f: ReturnType<typeof newFigures>,
  run: { bytes: number; saveMs: number; spanMs: number },
): string {
  const perRound = (ms: number) => `${(ms / Math.max(1, f.rounds)).toFixed(0)} ms`;
  const loads = `${f.loads} times, ${(f.loadMs / Math.max(1, f.loads)).toFixed(0)} ms each`;
  const rows: Array<[string, string | number]> = [
    ['rounds, each ended by SIGKILL', `${f.rounds} of ${ROUNDS}`],
    ['total time', `${f.seconds.toFixed(1)} s (${perRound(f.seconds * 1000)} a round)`],
    [
      'map',
      `${NODES.toLocaleString('en-US')} nodes, ${(run.bytes / 1e6).toFixed(1)} MB, ${VERSIONS} versions`,
    ],
    ['one save', `${run.saveMs.toFixed(1)} ms; kills spread over 0–${run.spanMs.toFixed(0)} ms`],
    ['child told to go, killed and gone', `${perRound(f.runMs)} a round`],
    [
      'readMapFile on the file a kill left',
      LOAD_EVERY_ROUND ? loads : `${loads} (each version once; KILL_LOAD_EVERY_ROUND=1: every round)`,
    ],
    ['saves the children completed', f.savesCompleted],
    ['killed before its first save began', f.beforeFirstSave],
    ['killed between saves', f.betweenSaves],
    ['killed during a save', f.duringSaveTempOnDisk + f.duringSaveNoTemp],
    ['  … its temporary file on disk', f.duringSaveTempOnDisk],
    ['  … no temporary file (before it, or after the rename)', f.duringSaveNoTemp],
    ['  … the new version already in place', f.newVersionInPlace],
    ['file whole, an expected version and loadable', `${f.rounds - f.badRounds.size} of ${f.rounds} rounds`],
    ['temporary files removed by the sweep', f.tempFilesSwept],
    ['temporary files left after the sweep', f.tempFilesLeft],
    ['seed', `KILL_SEED=${SEED}`],
  ];
  return ['Kill test', ...rows.map(([label, value]) => `  ${label.padEnd(56, '.')} ${value}`)].join('\n');
}

interface SaveLoop {
  process: ChildProcess;
  /** Tells the loop to start saving at version `first`, kills it after `delayMs`, returns what it said. */
  runAndKill(first: number, delayMs: number): Promise<{ markers: string[]; problem?: string }>;
}

/** Starts the save loop, which loads its versions and waits for `go`. */
function startSaveLoop(args: string[]): SaveLoop {
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
  const ready = new Promise<boolean>((resolve) => {
    const check = () => {
      if (!stdout.startsWith('ready\n')) return;
      child.stdout?.off('data', check);
      resolve(true);
    };
    child.stdout?.on('data', check);
    void closed.then(() => resolve(false));
  });

  return {
    process: child,
    async runAndKill(first, delayMs) {
      if (!(await ready))
        return { markers: [], problem: `the child died before it was ready: ${stdout}${stderr}` };
      child.stdin?.write(`go ${first}\n`);
      await sleep(delayMs);
      const exitedAlone = child.exitCode !== null;
      child.kill('SIGKILL');
      await closed;
      const markers = stdout.split('\n').slice(1, -1);
      if (exitedAlone || child.signalCode !== 'SIGKILL')
        return {
          markers,
          problem: `the child exited by itself (${child.exitCode}): ${stdout.slice(-300)}${stderr}`,
        };
      return { markers };
    },
  };
}
