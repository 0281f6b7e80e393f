/**
 * The child process of the kill test (tests/unit/main/killTest.test.ts), bundled by it with esbuild and
 * run with plain node: saves the given versions of a map over `target` in turn, through the app's own
 * atomic save, until it is killed.
 *
 *   node saveLoop.mjs <target> <pause ms> <version file>...
 *
 * It reads the versions, says `ready` and waits for `go <first version index>` on stdin, so the test
 * can start the next child while it checks the last one. It reports on stdout, one line each, written
 * synchronously so that every line written before the kill reaches the parent: `w<i>` before saving
 * version i and `c<i>` once that save has returned. A failed save prints `f<message>` and exits with 1.
 */

import { once } from 'node:events';
import { readFileSync, writeSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { writeFileAtomic } from '../../src-main/files/atomicWrite';
import { nodeFileSystem } from '../../src-main/files/fileSystem';

const [target, pause, ...versionPaths] = process.argv.slice(2);
if (!target || !pause || versionPaths.length < 2) {
  process.stderr.write('usage: saveLoop <target> <pause ms> <version file>...\n');
  process.exit(2);
}
const versions = versionPaths.map((path) => new Uint8Array(readFileSync(path)));
const say = (line: string) => writeSync(1, `${line}\n`);

// Never outlive the test: a parent that dies or gives up closes our stdin.
process.stdin.on('end', () => process.exit(0));
say('ready');
const [go] = (await once(process.stdin, 'data')) as [Buffer];
const first = /^go (\d+)/.exec(go.toString())?.[1];
if (first === undefined) process.exit(2);
for (let i = Number(first) % versions.length; ; i = (i + 1) % versions.length) {
  say(`w${i}`);
  const saved = await writeFileAtomic(nodeFileSystem, target, versions[i] as Uint8Array);
  if (!saved.ok) {
    say(`f${saved.message}`);
    process.exit(1);
  }
  say(`c${i}`);
  // An editor saves now and then, not back to back: leave gaps for kills to land between saves.
  await sleep(Math.random() * Number(pause));
}
