import { parseArgs } from 'node:util';
import { compareMaps, type MapComparison } from '../../src-shared/compare/compareMaps';
import { describeComparison } from '../../src-shared/compare/describeComparison';
import type { ArgMap } from '../../src-shared/model/map';
import type { FileSystem } from '../files/fileSystem';
import { readMapFile } from '../files/readMapFile';
import type { CommandOutput } from './exportCommand';

export const COMPARE_USAGE = `argmap compare <reference> <other>... [--json] [--csv]

  Compares maps of the same article with a reference map, node by node: what each misses, adds and
  gets wrong (kind, relation, speaker, the claim a reason hangs under), with precision, recall and F1.
  One other map prints its report (--json: as JSON); several print a table, one row per map
  (--csv: as comma-separated values for a spreadsheet).`;

const usageError = (message: string): CommandOutput => ({
  lines: [],
  errors: [`argmap compare: ${message}`, '', COMPARE_USAGE],
  exitCode: 2,
});

/** `argmap compare`: the same comparison as File → Compare With…, printed. */
export async function compareCommand(fs: FileSystem, args: readonly string[]): Promise<CommandOutput> {
  let parsed: { values: { json?: boolean; csv?: boolean }; positionals: string[] };
  try {
    parsed = parseArgs({
      args: [...args],
      options: { json: { type: 'boolean' }, csv: { type: 'boolean' } },
      allowPositionals: true,
    });
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (positionals.length < 2)
    return usageError('give a reference map and at least one map to compare with it.');
  if (values.json && values.csv) return usageError('choose --json or --csv, not both.');

  const maps: ArgMap[] = [];
  for (const path of positionals) {
    const read = await readMapFile(fs, path);
    if (!read.ok) return { lines: [], errors: [read.message], exitCode: 1 };
    maps.push(read.map);
  }
  const [reference, ...others] = maps as [ArgMap, ...ArgMap[]];
  const reports = others.map((other) => compareMaps(reference, other));
  const names = positionals.slice(1);

  if (reports.length === 1 && !values.csv) {
    const report = reports[0] as MapComparison;
    const lines = values.json
      ? [JSON.stringify(report, null, 2)]
      : describeComparison(reference, others[0] as ArgMap, report, {
          reference: positionals[0] as string,
          other: names[0] as string,
        });
    return { lines, errors: [], exitCode: 0 };
  }
  if (values.json) {
    const byMap = reports.map((report, i) => ({ map: names[i], ...report }));
    return { lines: [JSON.stringify(byMap, null, 2)], errors: [], exitCode: 0 };
  }
  const rows = reports.map((report, i) => classRow(names[i] as string, report));
  return { lines: values.csv ? toCsv(rows) : toTable(rows), errors: [], exitCode: 0 };
}

const HEADER = [
  'map',
  'matched',
  'missing',
  'extra',
  'differences',
  'precision',
  'recall',
  'f1',
  'agreement',
];

function classRow(name: string, report: MapComparison): string[] {
  const { precision, recall, f1, agreement } = report.score;
  return [
    name,
    String(report.matched.length),
    String(report.missing.length),
    String(report.extra.length),
    String(report.differences.length),
    ...[precision, recall, f1, agreement].map((value) => value.toFixed(3)),
  ];
}

function toCsv(rows: string[][]): string[] {
  const cell = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  return [HEADER, ...rows].map((row) => row.map(cell).join(','));
}

function toTable(rows: string[][]): string[] {
  const all = [HEADER, ...rows];
  const widths = HEADER.map((_, column) => Math.max(...all.map((row) => (row[column] ?? '').length)));
  return all.map((row) =>
    row
      .map((value, column) =>
        column === 0 ? value.padEnd(widths[0] ?? 0) : value.padStart(widths[column] ?? 0),
      )
      .join('  '),
  );
}
