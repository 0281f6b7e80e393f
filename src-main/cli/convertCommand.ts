import { parseArgs } from 'node:util';
import { exportText } from '../../src-shared/formats/convert';
import { FORMAT_INFO, formatOfName, MAP_FORMATS, type MapFormat } from '../../src-shared/formats/formats';
import type { FileSystem } from '../files/fileSystem';
import { checkOutput } from '../files/outputGuard';
import { readForeignFile } from '../files/readForeignFile';
import { readMapFile } from '../files/readMapFile';
import type { CommandOutput } from './exportCommand';
import { writeOutput } from './writeOutput';

export const CONVERT_USAGE = `argmap convert <in> --out <out> [--from <format>] [--to <format>]

  Converts a map between Argmap and the field's formats, with the app's own readers and writers.
  Formats: argmap, argdown, aif, markdown, canvas. Each comes from the file's extension where it is
  clear (.argmap.json, .argdown, .ad, .md, .canvas); a .json input is AIF or JSON Canvas by its content;
  a .json output needs --to aif. What the input holds that the output cannot is listed.`;

const usage = (message: string): CommandOutput => ({
  lines: [],
  errors: [`argmap convert: ${message}`, '', CONVERT_USAGE],
  exitCode: 2,
});

const isFormat = (name: string | undefined): name is MapFormat =>
  name !== undefined && (MAP_FORMATS as readonly string[]).includes(name);

/** `argmap convert`: reads a map in one format and writes it, atomically, in another. */
export async function convertCommand(fs: FileSystem, args: readonly string[]): Promise<CommandOutput> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) return usage('give exactly one file to convert.');
  if (!values.out) return usage('say where to write with --out <file>.');
  const input = positionals[0] as string;
  if (values.from !== undefined && !isFormat(values.from))
    return usage(`--from must be one of ${MAP_FORMATS.join(', ')}.`);
  if (values.to !== undefined && !isFormat(values.to))
    return usage(`--to must be one of ${MAP_FORMATS.join(', ')}.`);
  const from = values.from ?? formatOfName(input);
  if (from === null) return usage(`cannot tell the format of "${input}" from its name: say it with --from.`);
  const named = formatOfName(values.out);
  const to = values.to ?? (named === 'json' ? null : named);
  if (to === null) return usage(`cannot tell which format to write from "${values.out}": say it with --to.`);
  // The one guard of every command that writes: never over what it reads, nor over a map.
  const allowed = await checkOutput(fs, values.out, { inputs: [input] });
  if (!allowed.ok) return { lines: [], errors: [allowed.message], exitCode: 1 };

  const read =
    from === 'argmap'
      ? await readMapFile(fs, input).then((r) => (r.ok ? { ok: true as const, map: r.map, warnings: [] } : r))
      : await readForeignFile(fs, input, from);
  if (!read.ok) return { lines: [], errors: [read.message], exitCode: 1 };
  const failed = await writeOutput(fs, values.out, exportText(read.map, to));
  if (failed) return failed;
  const { nodes, edges } = read.map;
  return {
    lines: [`✓ ${values.out}: ${FORMAT_INFO[to].label}, ${nodes.length} nodes, ${edges.length} links`],
    errors: read.warnings.map((warning) => `  note: ${warning}`),
    exitCode: 0,
  };
}

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: 'string', short: 'o' },
      from: { type: 'string' },
      to: { type: 'string' },
    },
  });
}
