import type { Browser } from 'playwright';

/** What every section of the benchmark gets: the mode, a log, and the shared headless Chromium. */
export interface BenchContext {
  quick: boolean;
  /** Only maps of these sizes (`--sizes=2000,5000`), where a section measures several. */
  sizes: number[] | null;
  log(message: string): void;
  /** Chromium with the app built, launched on first use and closed when the run ends. */
  browser(): Promise<Browser>;
}

/** A table as printed: a header and rows of cells, already formatted. */
export interface Table {
  title: string;
  header: string[];
  /** Right-aligned columns (numbers), by index. */
  numeric?: number[];
  rows: string[][];
}

/** What a section reports: machine-readable rows for results.json, and the tables people read. */
export interface SectionResult {
  rows: object[];
  tables: Table[];
  notes: string[];
  /** Versions and settings that matter for reading the rows (browser, libraries, runs). */
  meta?: Record<string, unknown>;
}

/** One benchmark: a module in bench/ that measures one area of the app and returns rows. */
export interface Section {
  id: string;
  title: string;
  run(context: BenchContext): Promise<SectionResult>;
}

/** The map sizes a section measures: its own list, narrowed to those asked for with `--sizes`. */
export function sizesFor(context: Pick<BenchContext, 'sizes'>, own: number[]): number[] {
  return context.sizes ? own.filter((size) => context.sizes?.includes(size)) : own;
}
