import { parseArgs } from 'node:util';
import {
  DEFAULT_EXPORT_OPTIONS,
  ExportOptions,
  type OutputFormat,
} from '../../src-shared/export/exportOptions';
import { MAX_PDF_PAGES } from '../../src-shared/export/pdfSheets';
import { MAX_PNG_SCALE, MIN_PNG_SCALE } from '../../src-shared/export/pngSize';
import { joinNegativeNumbers } from './cliArgs';

const OPTIONS = {
  format: { type: 'string' },
  out: { type: 'string', short: 'o' },
  scale: { type: 'string' },
  background: { type: 'string' },
  padding: { type: 'string' },
  theme: { type: 'string' },
  step: { type: 'string' },
  paper: { type: 'string' },
  'fit-width': { type: 'string' },
  'no-embed': { type: 'boolean' },
  assessment: { type: 'boolean' },
  'no-source': { type: 'boolean' },
  citation: { type: 'boolean' },
  'fit-slide': { type: 'boolean' },
} as const;

const VALUED = new Set(
  Object.entries(OPTIONS).flatMap(([name, option]) =>
    option.type === 'string' ? [`--${name}`, ...('short' in option ? [`-${option.short}`] : [])] : [],
  ),
);

/** What each option accepts, in the words the refusal uses. */
const RULES: Record<string, string> = {
  scale: `--scale must be a number from ${MIN_PNG_SCALE} to ${MAX_PNG_SCALE}`,
  background: '--background must be transparent, white or theme',
  padding: '--padding must be a whole number of pixels from 0 to 400',
  theme: '--theme must be light, dark or projector',
  paper: '--paper must be fit, a4 or letter',
  sheetsAcross: `--fit-width must be a whole number of sheets from 1 to ${MAX_PDF_PAGES}`,
  subject: '--step must be the number of a step of the tour: steps are numbered from 1',
};

const GIVEN: Record<string, string> = { subject: 'step', sheetsAcross: 'fit-width' };

function formatOf(out: string, given: string | undefined): OutputFormat | null {
  const format = (given ?? /\.(png|svg|pdf|html?)$/i.exec(out)?.[1] ?? '').toLowerCase();
  if (format === 'htm') return 'html';
  return format === 'png' || format === 'svg' || format === 'pdf' || format === 'html' ? format : null;
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
  if (!format) return { usage: '--format must be png, svg, pdf or html (or --out must end in one of them).' };
  if (format === 'html' && values.step !== undefined)
    return { usage: '--step does not apply to a web page: it carries the whole map and all its tour.' };
  if (format !== 'html' && values['no-source'])
    return { usage: '--no-source applies to a web page only (--format html).' };
  // Number('') is 0 and Number(' 2 ') is 2: only plain decimal numbers are numbers here.
  const number = (text: string | undefined, fallback: number) =>
    text === undefined ? fallback : /^-?(\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : Number.NaN;
  const candidate = {
    ...DEFAULT_EXPORT_OPTIONS,
    format,
    scale: number(values.scale, DEFAULT_EXPORT_OPTIONS.scale),
    background: values.background ?? DEFAULT_EXPORT_OPTIONS.background,
    padding: number(values.padding, DEFAULT_EXPORT_OPTIONS.padding),
    theme: values.theme ?? DEFAULT_EXPORT_OPTIONS.theme,
    paper: values.paper ?? DEFAULT_EXPORT_OPTIONS.paper,
    ...(values['fit-width'] === undefined ? {} : { sheetsAcross: number(values['fit-width'], 0) }),
    embedMap: !values['no-embed'],
    ...(values.assessment ? { assessment: true } : {}),
    ...(values['no-source'] ? { source: false } : {}),
    ...(values.citation ? { citation: true } : {}),
    ...(values['fit-slide'] ? { fitSlide: true } : {}),
    subject:
      values.step === undefined ? { kind: 'map' } : { kind: 'step', index: number(values.step, 0) - 1 },
  };
  const options = ExportOptions.safeParse(candidate);
  if (!options.success) {
    const field = String(options.error.issues[0]?.path[0]);
    const given = (values as Record<string, unknown>)[GIVEN[field] ?? field];
    const rule = RULES[field] ?? `--${field} is not understood`;
    return { usage: `${rule} (got "${String(given)}").` };
  }
  if (options.data.sheetsAcross !== undefined && (format !== 'pdf' || options.data.paper === 'fit'))
    return { usage: '--fit-width is for a PDF on sheets: give --paper a4 or letter with it.' };
  return { mapPath: positionals[0] as string, out: values.out, options: options.data };
}

function parse(args: readonly string[]) {
  return parseArgs({
    args: joinNegativeNumbers(args, VALUED),
    allowPositionals: true,
    strict: true,
    options: OPTIONS,
  });
}
