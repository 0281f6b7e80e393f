import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JournalStore } from '../../../src-main/app/journal';
import { recoverUnsaved } from '../../../src-main/app/recovery';
import { nodeFileSystem } from '../../../src-main/files/fileSystem';
import { JOURNAL_MAX_WAIT_MS } from '../../../src-shared/journal/journalPolicy';
import { ScriptedDialogs } from '../../e2e/support/scriptedDialogs';

const ROUNDS = Number(process.env.JOURNAL_ROUNDS ?? 100);
const KEY = '00000000-0000-4000-8000-00000000c0de';
const work = mkdtempSync(join(tmpdir(), 'argmap-journal-kill-'));
const child = join(work, 'journalChild.cjs');

beforeAll(() => {
  // One bundle, started with plain node each round: a fraction of tsx's start-up time.
  execFileSync('node_modules/.bin/esbuild', [
    'tests/support/journalChild.ts',
    '--bundle',
    '--platform=node',
    '--format=cjs',
    `--outfile=${child}`,
    '--log-level=warning',
  ]);
});

interface Round {
  /** Virtual times of every edit the child logged, by edit number. */
  edits: Map<number, number>;
  keptEdits: number;
}

/** Runs the child until it has kept the journal `keeps` times and made `extra` more edits, then SIGKILLs it. */
function killedRound(folder: string, seed: number, keeps: number, extra: number): Promise<Round> {
  return new Promise((resolve, reject) => {
    const edits = new Map<number, number>();
    let kept = 0;
    let afterKeeps = 0;
    let buffer = '';
    const process_ = spawn(process.execPath, [child, folder, KEY, String(seed)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    process_.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const [kind, n, at] = line.split(' ');
        if (kind === 'edit') {
          edits.set(Number(n), Number(at));
          if (kept >= keeps && ++afterKeeps === extra) process_.kill('SIGKILL');
        }
        if (kind === 'kept') kept++;
      }
    });
    process_.on('error', reject);
    process_.on('exit', () => resolve({ edits, keptEdits: kept }));
  });
}

test(`journal under SIGKILL, ${ROUNDS} rounds: recovery offered every time, at most the last 10 s lost`, async () => {
  let offered = 0;
  let worstLoss = 0;
  let tempLeft = 0;
  const started = performance.now();
  for (let round = 0; round < ROUNDS; round++) {
    const folder = join(work, `round-${round}`);
    const { edits } = await killedRound(folder, round + 1, 1 + (round % 4), 1 + ((round * 7) % 40));

    // The next launch: the entry is there, readable, and offered.
    const dialogs = new ScriptedDialogs();
    dialogs.recoveryAnswers.push('restore');
    const report = await recoverUnsaved({ journal: new JournalStore(nodeFileSystem, folder), dialogs });
    expect(report.restored).toHaveLength(1);
    offered++;
    const keptEdit = Number(/^edit (\d+)$/.exec(report.restored[0]?.document.map.title ?? '')?.[1]);
    expect(edits.has(keptEdit)).toBe(true);

    // What is lost: the edits after the one kept, from the first of them to the last made.
    const lastEdit = Math.max(...edits.keys());
    if (lastEdit > keptEdit) {
      const loss = (edits.get(lastEdit) ?? 0) - (edits.get(keptEdit + 1) ?? 0);
      worstLoss = Math.max(worstLoss, loss);
      expect(loss).toBeLessThanOrEqual(JOURNAL_MAX_WAIT_MS);
    }
    tempLeft += readdirSync(folder).filter((name) => name.endsWith('.tmp')).length;
  }
  console.log(
    `journal kill test: ${ROUNDS} rounds in ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
      `recovery offered ${offered}/${ROUNDS}; most work lost ${(worstLoss / 1000).toFixed(1)} s (virtual clock); ` +
      `${tempLeft} temporary files left by killed writes (swept at launch)`,
  );
  expect(offered).toBe(ROUNDS);
}, 180_000);
