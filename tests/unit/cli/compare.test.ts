import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareCommand } from '../../../src-main/cli/compareCommand';
import { nodeFileSystem } from '../../../src-main/files/fileSystem';
import type { ArgMap } from '../../../src-shared/model/map';
import { serializeMap } from '../../../src-shared/model/serialize';
import { bundledMap, flipRelation, leaves, removeNodes, renameIds } from '../../support/plantChanges';

const folder = mkdtempSync(join(tmpdir(), 'argmap-cli-compare-'));
const reference = bundledMap();
const write = (name: string, map: ArgMap) => {
  const path = join(folder, name);
  writeFileSync(path, serializeMap(map));
  return path;
};
const referencePath = write('reference.argmap.json', reference);
const dropped = leaves(reference)[0]?.id ?? '';
const flipped = reference.nodes.find((node) => node.kind === 'premise' && node.id !== dropped)?.id ?? '';
const student = renameIds(flipRelation(removeNodes(reference, new Set([dropped])), flipped));
const studentPath = write('student.argmap.json', student.map);
const perfectPath = write('perfect.argmap.json', renameIds(reference).map);
const compare = (...args: string[]) => compareCommand(nodeFileSystem, args);

test('--json prints the report in the documented shape', async () => {
  const output = await compare(referencePath, studentPath, '--json');
  expect(output.exitCode).toBe(0);
  const report = JSON.parse(output.lines.join('\n'));
  expect(Object.keys(report)).toEqual(['matched', 'missing', 'extra', 'differences', 'score']);
  expect(report.missing).toEqual([dropped]);
  expect(report.extra).toEqual([]);
  expect(report.differences).toEqual([
    {
      reference: flipped,
      other: student.idOf.get(flipped),
      what: 'relation',
      reference_value: 'supports',
      other_value: 'opposes',
    },
  ]);
  expect(Object.keys(report.score)).toEqual(['precision', 'recall', 'f1', 'agreement']);
  expect(report.score.recall).toBeCloseTo(99 / 100);
});

test('without --json, a report a person reads: the score, what is missing and each difference explained', async () => {
  const output = await compare(referencePath, studentPath);
  const text = output.lines.join('\n');
  expect(text).toContain('matched 99 of 100 reference nodes; 1 missing, 0 extra, 1 difference');
  expect(text).toContain('recall 99 %');
  expect(text).toMatch(/Missing \(in the reference, not in this map\):\n {2}\w+ +“.+”/);
  expect(text).toMatch(/relation +“.+” supports its claim in the reference, but opposes it here\./);
});

test('several maps print one row each; --csv for a spreadsheet', async () => {
  const table = await compare(referencePath, studentPath, perfectPath);
  expect(table.exitCode).toBe(0);
  expect(table.lines).toHaveLength(3);
  expect(table.lines[0]).toMatch(
    /^map +matched +missing +extra +differences +precision +recall +f1 +agreement$/,
  );
  expect(table.lines[2]).toMatch(/perfect\.argmap\.json +100 +0 +0 +0 +1\.000 +1\.000 +1\.000 +1\.000$/);

  const csv = await compare(referencePath, studentPath, perfectPath, '--csv');
  expect(csv.lines[0]).toBe('map,matched,missing,extra,differences,precision,recall,f1,agreement');
  expect(csv.lines[1]).toBe(`${studentPath},99,1,0,1,1.000,0.990,0.995,0.990`);
});

test('a file that is not a map: exit 1, naming it', async () => {
  const broken = join(folder, 'broken.argmap.json');
  writeFileSync(broken, '{ "format": "argmap", ');
  const output = await compare(referencePath, broken);
  expect(output.exitCode).toBe(1);
  expect(output.errors.join('\n')).toContain('broken.argmap.json');
  const missing = await compare(join(folder, 'nowhere.argmap.json'), studentPath);
  expect(missing.exitCode).toBe(1);
  expect(missing.errors.join('\n')).toContain('nowhere.argmap.json');
});

test('usage errors: exit 2 with the usage', async () => {
  for (const args of [
    [referencePath],
    [referencePath, studentPath, '--json', '--csv'],
    ['--nope', 'a', 'b'],
  ]) {
    const output = await compare(...args);
    expect(output.exitCode).toBe(2);
    expect(output.errors.join('\n')).toContain('argmap compare <reference> <other>...');
  }
});
