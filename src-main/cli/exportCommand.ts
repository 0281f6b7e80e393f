import { parseArgs } from 'node:util';
import {
  DEFAULT_EXPORT_OPTIONS,
  type ExportFormat,
  ExportOptions,
} from '../../src-shared/export/exportOptions';
import type { InterFonts } from '../../src-shared/export/interFonts';
import { describeFolding } from '../../src-shared/fold/folding';
import { exportMap } from '../export/exportMap';
import { writeFileAtomic } from '../files/atomicWrite';
import type { FileSystem } from '../files/fileSystem';
import { readMapFile } from '../files/readMapFile';

export const EXPORT_USAGE = `argmap export <map> --out <file> [options]

  Draws a map as the app's File → Export… does, with the same engine, and writes it atomically.
  <map> is a .argmap.json file, or a PNG or SVG exported with its map embedded.

  --format png|svg|pdf                 default: from the extension of --out
  --out <file>                         where to write
  --scale <1-4>                        PNG pixels per map pixel (default 2)
  --background transparent|white|theme (default theme)
  --padding <px>                       space around the map (default 24)
  --theme light|dark|projector         (default light)
  --step <N>                           only what tour step N shows (1 is the first)
  --paper fit|a4|letter                PDF: one page, or the map at print size across sheets (default fit)
  --no-embed                           leave the map out of a PNG or SVG (by default it is embedded)`;

export interface CommandOutput {
  lines: string[];
  errors: string[];
  /** 0 written; 1 the map or the export failed; 2 the command was not understood. */
  exitCode: 0 | 1 | 2;
}

const usageError = (message: string): CommandOutput => ({
  lines: [],
  errors: [`argmap export: ${message}`, '', EXPORT_USAGE],
  exitCode: 2,
});

function formatOf(out: string, given: string | undefined): ExportFormat | null {
  const format = (given ?? /\.(png|svg|pdf)$/i.exec(out)?.[1] ?? '').toLowerCase();
  return format === 'png' || format === 'svg' || format === 'pdf' ? format : null;
}

/** The options the arguments ask for, or why they cannot be understood. */
export function parseExportArgs(
  args: readonly string[],
): { mapPath: string; out: string; options: ExportOptions } | { usage: string } {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    return { usage: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) return { usage: 'give exactly one map file.' };
  if (!values.out) return { usage: 'say where to write the export with --out <file>.' };
  const format = formatOf(values.out, values.format);
  if (!format) return { usage: '--format must be png, svg or pdf (or --out must end in one of them).' };
  const number = (text: string | undefined, fallback: number) =>
    text === undefined ? fallback : Number(text);
  const candidate = {
    ...DEFAULT_EXPORT_OPTIONS,
    format,
    scale: number(values.scale, DEFAULT_EXPORT_OPTIONS.scale),
    background: values.background ?? DEFAULT_EXPORT_OPTIONS.background,
    padding: number(values.padding, DEFAULT_EXPORT_OPTIONS.padding),
    theme: values.theme ?? DEFAULT_EXPORT_OPTIONS.theme,
    paper: values.paper ?? DEFAULT_EXPORT_OPTIONS.paper,
    embedMap: !values['no-embed'],
    subject:
      values.step === undefined ? { kind: 'map' } : { kind: 'step', index: number(values.step, 0) - 1 },
  };
  const options = ExportOptions.safeParse(candidate);
  if (!options.success) {
    const issue = options.error.issues[0];
    const option = OPTION_NAMES[String(issue?.path[0])] ?? String(issue?.path.join('.'));
    return { usage: `${option}: ${issue?.message ?? 'not understood'}.` };
  }
  return { mapPath: positionals[0] as string, out: values.out, options: options.data };
}

const OPTION_NAMES: Record<string, string> = {
  scale: '--scale (1 to 4)',
  background: '--background',
  padding: '--padding (a whole number from 0 to 400)',
  theme: '--theme',
  paper: '--paper',
  subject: '--step (a step of the tour, from 1)',
};

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string' },
      out: { type: 'string', short: 'o' },
      scale: { type: 'string' },
      background: { type: 'string' },
      padding: { type: 'string' },
      theme: { type: 'string' },
      step: { type: 'string' },
      paper: { type: 'string' },
      'no-embed': { type: 'boolean' },
    },
  });
}

/** `argmap export`: reads the map, draws it with the app's engine, writes the file atomically. */
export async function exportCommand(
  fs: FileSystem,
  fonts: () => Promise<InterFonts>,
  args: readonly string[],
): Promise<CommandOutput> {
  const request = parseExportArgs(args);
  if ('usage' in request) return usageError(request.usage);
  const { mapPath, out, options } = request;
  const loaded = await readMapFile(fs, mapPath);
  if (!loaded.ok) return { lines: [], errors: [loaded.message], exitCode: 1 };
  const started = performance.now();
  const result = await exportMap(loaded.map, options, { fonts: await fonts() });
  if (!result.ok)
    return { lines: [], errors: [`Could not export "${mapPath}": ${result.message}`], exitCode: 1 };
  const written = await writeFileAtomic(fs, out, result.bytes);
  if (!written.ok) {
    return { lines: [], errors: [written.message.replace('Could not save', 'Could not write')], exitCode: 1 };
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const what =
    options.format === 'pdf'
      ? `${result.pages} page${result.pages === 1 ? '' : 's'}`
      : `${result.width.toLocaleString('en-US')} × ${result.height.toLocaleString('en-US')} px`;
  const size = `${(result.bytes.length / 1024).toFixed(0)} KB`;
  const folded = options.subject.kind === 'map' ? describeFolding(loaded.map) : null;
  return {
    lines: [
      `✓ ${out}: ${options.format.toUpperCase()}, ${what}, ${size}, in ${seconds} s`,
      ...(folded ? [`  ${folded}; they are left out, as on the canvas.`] : []),
    ],
    errors: [],
    exitCode: 0,
  };
}
