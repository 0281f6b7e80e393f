// The benchmark: `npm run bench [-- --quick] [--sizes=1000,5000] [section ids…]`. Writes bench/results.json and bench/results.md.
import { writeFileSync } from 'node:fs';
import { type Browser, chromium } from 'playwright';
import { chromiumLaunchOptions } from '../tests/support/chromium';
import { assessSection } from './assess';
import { canvasSection } from './canvas';
import { commandLineSection } from './commandLine';
import { compareSection } from './compare';
import { editingSection } from './editing';
import { exportSection } from './export';
import { filesSection } from './files';
import { foldingSection } from './folding';
import { layoutSection } from './layout';
import { ensureBuilt } from './renderer';
import { failedSection, loadAverage, machine, markdown, type Results } from './report';
import type { BenchContext, Section } from './section';
import { sourcePaneSection } from './sourcePane';
import { sourcesSection } from './sources';
import { startupSection } from './startup';

/** Every section, in the order they run. */
const SECTIONS: Section[] = [
  exportSection,
  canvasSection,
  layoutSection,
  foldingSection,
  filesSection,
  editingSection,
  startupSection,
  sourcesSection,
  commandLineSection,
  sourcePaneSection,
  assessSection,
  compareSection,
];

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const wanted = args.filter((arg) => !arg.startsWith('--'));
const sizesArg = args.find((arg) => arg.startsWith('--sizes='));
const sizes = sizesArg ? sizesArg.slice('--sizes='.length).split(',').map(Number) : null;
if (sizes && (sizes.length === 0 || sizes.some((size) => !Number.isInteger(size) || size <= 0))) {
  console.error(`--sizes wants node counts separated by commas, like --sizes=2000,5000 (got ${sizesArg})`);
  process.exit(2);
}
const unknown = wanted.filter((id) => !SECTIONS.some((section) => section.id === id));
if (unknown.length > 0) {
  console.error(
    `No such section: ${unknown.join(', ')} (there are: ${SECTIONS.map((s) => s.id).join(', ')})`,
  );
  process.exit(2);
}

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s`;
const log = (message: string) => console.log(`[${elapsed()}] ${message}`);
const warnings: string[] = [];
let browser: Promise<Browser> | null = null;
const context: BenchContext = {
  quick,
  sizes,
  log,
  browser: () => {
    browser ??= (async () => {
      const warning = ensureBuilt(log);
      if (warning) warnings.push(warning);
      return chromium.launch(chromiumLaunchOptions);
    })();
    return browser;
  },
};

const results: Results = {
  date: new Date().toISOString(),
  quick,
  node: process.version,
  machine: machine(),
  durationS: 0,
  warnings,
  sections: [],
};
try {
  for (const section of SECTIONS.filter((s) => wanted.length === 0 || wanted.includes(s.id))) {
    const start = performance.now();
    const seconds = () => Math.round((performance.now() - start) / 100) / 10;
    try {
      const result = await section.run(context);
      results.sections.push({ id: section.id, title: section.title, durationS: seconds(), ...result });
    } catch (error) {
      log(`${section.id} failed: ${error instanceof Error ? error.message : error}`);
      results.sections.push(failedSection(section, error, seconds()));
    }
  }
} finally {
  // Assigned inside context.browser(), which the compiler cannot see.
  const launched = browser as Promise<Browser> | null;
  await (await launched?.catch(() => null))?.close();
}
results.durationS = Math.round((performance.now() - started) / 100) / 10;
results.machine.loadAverageAtEnd = loadAverage();

const report = markdown(results);
writeFileSync(new URL('results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(new URL('results.md', import.meta.url), report);
console.log(`\n${report}`);
console.log(`Written: bench/results.json, bench/results.md (${results.durationS} s)`);
process.exit(results.sections.some((section) => section.error) ? 1 : 0);
