import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const bundles = new Map<string, string>();

/**
 * Bundles a bench script (a .ts file in bench/) into one CommonJS file, once per run: plain `node` then
 * starts it in a fraction of tsx's time and with the flags it needs (`--expose-gc`), and it meets the
 * app's code as the app does, cold, in a fresh process.
 */
function bundle(entry: string): string {
  const known = bundles.get(entry);
  if (known) return known;
  const folder = mkdtempSync(join(tmpdir(), 'argmap-bench-child-'));
  process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
  const outfile = join(folder, `${basename(entry, '.ts')}.cjs`);
  execFileSync('node_modules/.bin/esbuild', [
    entry,
    '--bundle',
    '--platform=node',
    '--format=cjs',
    `--outfile=${outfile}`,
    '--log-level=warning',
  ]);
  bundles.set(entry, outfile);
  return outfile;
}

/** Runs a bench script in a fresh `node` and returns what it printed as JSON on its last line. */
export function runChild<T>(
  entry: string,
  args: readonly string[],
  options: { nodeFlags?: readonly string[]; timeoutS?: number } = {},
): T {
  const script = bundle(entry);
  const run = spawnSync(process.execPath, [...(options.nodeFlags ?? []), script, ...args], {
    encoding: 'utf8',
    timeout: (options.timeoutS ?? 120) * 1000,
    maxBuffer: 16 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  if (run.status !== 0)
    throw new Error(`${basename(entry)} exited with ${run.status ?? run.signal}: ${run.stderr.trim()}`);
  const last = run.stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as T;
}
