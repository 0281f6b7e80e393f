import type { Browser } from 'playwright';

/** What every section of the benchmark gets: the mode, a log, and the shared headless Chromium. */
export interface BenchContext {
  quick: boolean;
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
