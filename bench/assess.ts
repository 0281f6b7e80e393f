import { readFileSync } from 'node:fs';
import { evaluateMap } from '../src-shared/assess/evaluate';
import { whatWouldChangeVerdict } from '../src-shared/assess/whatIf';
import { loadMapFromText } from '../src-shared/load/loadMap';
import type { ArgMap } from '../src-shared/model/map';
import { generateArgument } from './generateMap';
import { formatCount, formatMs, type Timing, timingOf } from './measure';
import { seededRandom } from './random';
import { type Section, type SectionResult, sizesFor } from './section';

interface AssessRow {
  map: string;
  nodes: number;
  links: number;
  evaluate: Timing;
  whatIf: Timing;
  changesFound: number;
}

/** The bundled article map, as the app opens it. */
function articleMap(): ArgMap {
  const loaded = loadMapFromText(
    readFileSync(new URL('../maps/article.argmap.json', import.meta.url), 'utf8'),
  );
  if (!loaded.ok) throw new Error('the bundled map does not load');
  return loaded.value;
}

/** A generated map weighed as a class might leave it: a third of its nodes accepted, rejected or scored. */
function weighedArgument(count: number): ArgMap {
  const map = generateArgument(count, { seed: 7 });
  const next = seededRandom(11);
  for (const node of map.nodes) {
    const roll = next();
    if (node.kind === 'note' || roll > 0.33) continue;
    node.assessment =
      roll < 0.08
        ? { status: 'rejected' }
        : roll < 0.2
          ? { status: 'accepted' }
          : { score: Math.round(next() * 4) / 4 };
  }
  return map;
}

function time(runs: number, work: () => unknown): Timing {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return timingOf(samples);
}

/**
 * The assessment's semantics in Node (what Assess mode and `argmap evaluate` run): both semantics over the
 * whole map after every change, and the search for what would change the verdict, which runs on request.
 */
export const assessSection: Section = {
  id: 'assess',
  title: 'Weighing the argument',
  async run(context): Promise<SectionResult> {
    const runs = context.quick ? 3 : 9;
    const maps: Array<[string, ArgMap]> = [
      ['the article (bundled)', articleMap()],
      ...sizesFor(context, [1000, 5000]).map((size): [string, ArgMap] => [
        `generated, a third weighed`,
        weighedArgument(size),
      ]),
    ];
    const rows: AssessRow[] = [];
    for (const [name, map] of maps) {
      context.log(`assess: ${name}, ${map.nodes.length} nodes`);
      // Warm once, as the app has by the time a user presses a key.
      evaluateMap(map);
      const evaluate = time(runs, () => evaluateMap(map));
      let changesFound = 0;
      const whatIf = time(Math.min(runs, 5), () => {
        changesFound = whatWouldChangeVerdict(map).length;
      });
      rows.push({
        map: name,
        nodes: map.nodes.length,
        links: map.edges.length,
        evaluate,
        whatIf,
        changesFound,
      });
    }
    return {
      rows,
      tables: [
        {
          title: 'Both semantics (grounded labels and DF-QuAD strengths), and the what-if search, in Node',
          header: ['map', 'nodes', 'links', 'evaluate', 'what would change the verdict', 'ways found'],
          numeric: [1, 2, 3, 4, 5],
          rows: rows.map((row) => [
            row.map,
            formatCount(row.nodes),
            formatCount(row.links),
            formatMs(row.evaluate.medianMs),
            formatMs(row.whatIf.medianMs),
            String(row.changesFound),
          ]),
        },
      ],
      notes: [
        `Medians of ${runs} runs (the search: ${Math.min(runs, 5)}), after one warm-up run. Assess mode evaluates the map once per change (cached per version of the map); the search runs when the user presses Find.`,
      ],
      meta: { runs },
    };
  },
};
