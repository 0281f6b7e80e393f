import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateCommand } from '../../../src-main/cli/evaluateCommand';
import { nodeFileSystem } from '../../../src-main/files/fileSystem';
import { serializeMap } from '../../../src-shared/model/serialize';
import { smallArgument } from '../../support/smallArgument';

const folder = mkdtempSync(join(tmpdir(), 'argmap-cli-evaluate-'));
const path = join(folder, 'small.argmap.json');
writeFileSync(
  path,
  serializeMap(
    smallArgument({
      nodes: 't c r q',
      attacks: 'c>t r>c',
      supports: 'q>t',
      kinds: { c: 'counterpoint', r: 'rebuttal', q: 'quote' },
      assess: { q: { status: 'accepted' } },
    }),
  ),
);
const evaluate = (...args: string[]) => evaluateCommand(nodeFileSystem, args);

test('--json prints every node’s label and strength, the thesis and the cycles', async () => {
  const output = await evaluate(path, '--json');
  expect(output.exitCode).toBe(0);
  const result = JSON.parse(output.lines.join('\n'));
  expect(Object.keys(result)).toEqual(['nodes', 'thesis', 'cycles']);
  expect(result.nodes.r).toEqual({ label: 'in', strength: 0.5 });
  expect(result.nodes.c).toEqual({ label: 'out', strength: 0.25 });
  // τ 0.5, attack 0.25, support 1: 0.5 + 0.5 × (1 − 0.25)
  expect(result.thesis).toEqual({ id: 't', label: 'in', strength: 0.875 });
  expect(result.cycles).toEqual([]);
});

test('without --json, a table a person reads and the verdict in words', async () => {
  const text = (await evaluate(path)).lines.join('\n');
  expect(text).toMatch(/^in +0\.875 +thesis +“t”$/m);
  expect(text).toContain('Verdict: Holds (grounded: in), strength 0.875');
  // The Open Questions report lists each node with the questions it leaves open.
  expect(text).toMatch(
    /Open questions: 6 unanswered critical questions on 1 node\n {2}“q” — Someone \(Expert opinion\): Expertise · Field · Opinion · Trust · Consistency · Evidence$/m,
  );
  expect(text).toMatch(
    /What would change the verdict:\n {2}reject “r” → Fails, strength 0\.750\n {2}reject “q” → strength 0\.375/,
  );
});

test('exit 1 for a file that is not a map, 2 for a usage error', async () => {
  const missing = await evaluate(join(folder, 'none.argmap.json'));
  expect(missing.exitCode).toBe(1);
  expect(missing.errors.join('\n')).toContain('none.argmap.json');
  expect((await evaluate()).exitCode).toBe(2);
  expect((await evaluate(path, path)).exitCode).toBe(2);
  expect((await evaluate(path, '--csv')).exitCode).toBe(2);
});
