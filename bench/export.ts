import { readFileSync } from 'node:fs';
import type { ArgMap } from '../src-shared/model/map';
import { type ArgmapMeasurement, loadEngine, timeArgmapExport } from './argmapExport';
import { type DomMeasurement, DomSession, timeDomCapture } from './domTiming';
import { exportTables } from './exportTables';
import { generateMap } from './generateMap';
import type { RunPlan } from './measure';
import { type BenchContext, type Section, type SectionResult, sizesFor } from './section';

/** What each mode measures: map sizes, and how often and how long each export may run. */
function plansFor(quick: boolean) {
  const argmap: RunPlan = quick
    ? { maxRuns: 3, budgetS: 5, timeoutS: 60 }
    : { maxRuns: 5, budgetS: 60, timeoutS: 300 };
  const dom: RunPlan = quick
    ? { maxRuns: 3, budgetS: 5, timeoutS: 60 }
    : { maxRuns: 5, budgetS: 90, timeoutS: 180 };
  return {
    sizes: quick ? [100, 1000] : [100, 1000, 5000],
    argmap,
    dom,
    // Quick mode captures only the small map's DOM (html-to-image took 25 s over a 1,000-node PNG and
    // about 20 s over its SVG), to stay under two minutes.
    domCapture: (nodes: number) => !quick || nodes <= 100,
  };
}

export type ExportRow = { nodes: number; edges: number; engine: 'argmap' | 'dom'; openMs?: number } & (
  | ArgmapMeasurement
  | (DomMeasurement & { skipped?: string })
);

async function measureSize(
  context: BenchContext,
  map: ArgMap,
  engine: Awaited<ReturnType<typeof loadEngine>>,
) {
  const { quick, log } = context;
  const plans = plansFor(quick);
  const nodes = map.nodes.length;
  const base = { nodes, edges: map.edges.length };
  const rows: ExportRow[] = [];
  for (const format of ['svg', 'png', 'pdf'] as const) {
    if ('error' in engine) {
      rows.push({
        ...base,
        engine: 'argmap',
        format,
        requestedScale: format === 'png' ? 2 : 1,
        error: engine.error,
      });
      continue;
    }
    log(`export: Argmap ${format.toUpperCase()} of ${nodes} nodes`);
    rows.push({ ...base, engine: 'argmap', ...(await timeArgmapExport(engine, map, format, plans.argmap)) });
  }
  if (!plans.domCapture(nodes)) {
    for (const format of ['png', 'svg'] as const)
      rows.push({ ...base, engine: 'dom', format, skipped: 'not run in quick mode' });
    return rows;
  }
  const session = new DomSession(await context.browser(), map, plans.dom.timeoutS);
  try {
    for (const format of ['png', 'svg'] as const) {
      log(`export: DOM capture ${format.toUpperCase()} of ${nodes} nodes`);
      const measured = await timeDomCapture(session, format, plans.dom);
      rows.push({
        ...base,
        engine: 'dom',
        ...measured,
        ...(session.openMs ? { openMs: Math.round(session.openMs) } : {}),
      });
    }
  } finally {
    await session.close();
  }
  return rows;
}

const htmlToImageVersion = () =>
  (JSON.parse(readFileSync('node_modules/html-to-image/package.json', 'utf8')) as { version: string })
    .version;

/**
 * Argmap's export engine (in Node) against the DOM capture React Flow's "download image" example makes
 * (html-to-image in Chromium, on the app's real canvas), on generated maps of growing size.
 */
export const exportSection: Section = {
  id: 'export',
  title: 'Export',
  async run(context: BenchContext): Promise<SectionResult> {
    const plans = plansFor(context.quick);
    const engine = await loadEngine();
    const rows: ExportRow[] = [];
    for (const nodes of sizesFor(context, plans.sizes)) {
      context.log(`export: generating a map of ${nodes} nodes`);
      rows.push(...(await measureSize(context, await generateMap(nodes), engine)));
    }
    const browser = await context.browser();
    return {
      rows,
      ...exportTables(rows),
      meta: {
        chromium: browser.version(),
        htmlToImage: htmlToImageVersion(),
        plans: { argmap: plans.argmap, dom: plans.dom },
      },
    };
  },
};
