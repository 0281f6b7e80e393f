import { compareMaps, type MapComparison } from '../src-shared/compare/compareMaps';
import type { ArgMap } from '../src-shared/model/map';
import {
  addReasons,
  bundledMap,
  flipRelation,
  leaves,
  moveReason,
  removeNodes,
  renameIds,
  reword,
  seeded,
  setKind,
  setSpeaker,
  shiftAnchors,
  shuffle,
  withoutAnchors,
} from '../tests/support/plantChanges';
import { generateArgument } from './generateMap';
import { formatMs, timingOf } from './measure';
import { type BenchContext, type Section, type SectionResult, sizesFor } from './section';

/** The shares of each node's words replaced, as the issue asks (0 %, 20 %, 50 %), and one beyond. */
const SHARES = [0, 0.2, 0.5, 0.8];
const PASSAGES = ['exact', 'a few characters off', 'none'] as const;
type Passages = (typeof PASSAGES)[number];

/** A student's copy: passages as given, words replaced, every id renamed, order and places shuffled. */
function studentCopy(planted: ArgMap, passages: Passages, share: number, seed: number) {
  const random = seeded(seed);
  let map = passages === 'none' ? withoutAnchors(planted) : planted;
  if (passages === 'a few characters off') map = shiftAnchors(map, random);
  const renamed = renameIds(reword(map, share, random));
  return { other: shuffle(renamed.map, random), idOf: renamed.idOf };
}

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** Every planted change of the issue at once, on ids of the reference: what a perfect report names. */
function plantAll(reference: ArgMap) {
  const byKind = (kind: string) => reference.nodes.filter((node) => node.kind === kind);
  const leafIds = leaves(reference)
    .filter((node) => node.kind === 'premise')
    .map((node) => node.id);
  const removed = leafIds.slice(0, 3);
  const premises = byKind('premise')
    .map((node) => node.id)
    .filter((id) => !removed.includes(id));
  const [kindA, kindB, flipA, flipB] = premises.slice(4, 8) as [string, string, string, string];
  const quotes = byKind('quote')
    .filter((node) => leaves(reference).some((leaf) => leaf.id === node.id))
    .map((node) => node.id);
  const [speakerA, speakerB, moved] = quotes as [string, string, string];
  const thesis = byKind('thesis')[0]?.id as string;
  const movedTo = premises.find(
    (id) => !reference.edges.some((edge) => edge.from === moved && edge.to === id),
  ) as string;
  let map = removeNodes(reference, new Set(removed));
  map = addReasons(
    map,
    [thesis, thesis, thesis],
    ['Tariffs on steel hurt shipbuilders', 'Fishermen protest the quota', 'Elections loom in spring'],
  );
  map = setKind(setKind(map, kindA, 'counterpoint'), kindB, 'rebuttal');
  map = flipRelation(flipRelation(map, flipA), flipB);
  map = setSpeaker(setSpeaker(map, speakerA, 'Someone Else'), speakerB, 'A Reporter');
  map = moveReason(map, moved, movedTo);
  const differences = [
    `kind ${kindA}`,
    `kind ${kindB}`,
    `relation ${flipA}`,
    `relation ${flipB}`,
    `speaker ${speakerA}`,
    `speaker ${speakerB}`,
    `parent ${moved}`,
  ];
  return { map, removed, added: ['added0', 'added1', 'added2'], differences };
}

/** How matching holds up as the rewording grows: the figures issue 16 asks for. */
export const compareSection: Section = {
  id: 'compare',
  title: 'Comparing maps: matching as the rewording grows',
  async run(context: BenchContext): Promise<SectionResult> {
    const reference = bundledMap();
    const seeds = context.quick ? [1, 2, 3] : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const rows: object[] = [];
    const matchingRows: string[][] = [];
    const plantRows: string[][] = [];
    const planted = plantAll(reference);
    for (const passages of PASSAGES)
      for (const share of SHARES) {
        context.log(`compare: passages ${passages}, ${share * 100} % of words replaced`);
        const runs = seeds.map((seed) => {
          const copy = studentCopy(reference, passages, share, seed * 97 + share * 1000);
          const started = performance.now();
          const report = compareMaps(reference, copy.other);
          const ms = performance.now() - started;
          const right = report.matched.filter((pair) => copy.idOf.get(pair.reference) === pair.other).length;
          const plant = studentCopy(planted.map, passages, share, seed * 89 + share * 1000);
          const plantReport = compareMaps(reference, plant.other);
          return {
            ms,
            recall: report.score.recall,
            right: right / reference.nodes.length,
            wrong: report.matched.length - right,
            spurious: report.differences.length,
            ...plantScore(planted, plantReport, plant.idOf),
          };
        });
        const timing = timingOf(runs.map((run) => run.ms));
        const row = {
          passages,
          share,
          seeds: seeds.length,
          recall: mean(runs.map((run) => run.recall)),
          rightPairs: mean(runs.map((run) => run.right)),
          wrongPairs: mean(runs.map((run) => run.wrong)),
          spuriousDifferences: mean(runs.map((run) => run.spurious)),
          compareMs: timing,
          plantsExact: runs.filter((run) => run.exact).length,
          plantsFound: mean(runs.map((run) => run.found)),
          plantsFalse: mean(runs.map((run) => run.falseFindings)),
        };
        rows.push(row);
        matchingRows.push([
          passages,
          `${share * 100} %`,
          percent(row.recall),
          percent(row.rightPairs),
          row.wrongPairs.toFixed(1),
          row.spuriousDifferences.toFixed(1),
          formatMs(timing.medianMs),
        ]);
        plantRows.push([
          passages,
          `${share * 100} %`,
          `${row.plantsExact} of ${seeds.length}`,
          percent(row.plantsFound),
          row.plantsFalse.toFixed(1),
        ]);
      }
    const sizeRows: string[][] = [];
    for (const size of sizesFor(context, [1000, 5000])) {
      context.log(`compare: ${size} generated nodes`);
      const generated = generateArgument(size);
      const runs = (context.quick ? [1] : [1, 2, 3]).map((seed) => {
        const copy = studentCopy(generated, 'none', 0.2, seed);
        const started = performance.now();
        const report = compareMaps(generated, copy.other);
        return { ms: performance.now() - started, recall: report.score.recall };
      });
      const timing = timingOf(runs.map((run) => run.ms));
      rows.push({ generatedNodes: size, compareMs: timing, recall: mean(runs.map((run) => run.recall)) });
      sizeRows.push([
        size.toLocaleString('en'),
        percent(mean(runs.map((run) => run.recall))),
        formatMs(timing.medianMs),
      ]);
    }
    return {
      rows,
      tables: [
        {
          title: `The bundled map (${reference.nodes.length} nodes) against copies of itself with words replaced, ids renamed and order shuffled (${seeds.length} seeds each)`,
          header: [
            'Passages',
            'Words replaced',
            'Recall',
            'Right pairs',
            'Wrong pairs',
            'False differences',
            'Compare (median)',
          ],
          numeric: [2, 3, 4, 5, 6],
          rows: matchingRows,
        },
        {
          title: `Planted changes found: 3 removed, 3 added, 2 kinds, 2 relations, 2 speakers, 1 reason moved (13 in all), under the same rewording`,
          header: [
            'Passages',
            'Words replaced',
            'Reports exactly as planted',
            'Plants found',
            'False findings',
          ],
          numeric: [3, 4],
          rows: plantRows,
        },
        {
          title:
            'Large generated maps (no passages, a small vocabulary) against copies with 20 % of words replaced',
          header: ['Nodes', 'Recall', 'Compare (median)'],
          numeric: [0, 1, 2],
          rows: sizeRows,
        },
      ],
      notes: [
        'A replaced word is a token no node uses, so it shares nothing with the original: a harsher test than synonyms.',
        '"Right pairs" is the share of reference nodes matched with their own copy; "wrong pairs" counts matches with another node.',
        'Passages "a few characters off" move each end of every passage by up to 4 characters.',
      ],
    };
  },
};

/** How much of what was planted the report names, and what it names that was not planted. */
function plantScore(
  planted: ReturnType<typeof plantAll>,
  report: MapComparison,
  idOf: ReadonlyMap<string, string>,
) {
  const expected = new Set([
    ...planted.removed.map((id) => `missing ${id}`),
    ...planted.added.map((id) => `extra ${idOf.get(id)}`),
    ...planted.differences,
  ]);
  const named = [
    ...report.missing.map((id) => `missing ${id}`),
    ...report.extra.map((id) => `extra ${id}`),
    ...report.differences.map((difference) => `${difference.what} ${difference.reference}`),
  ];
  const found = named.filter((finding) => expected.has(finding)).length;
  const falseFindings = named.length - found;
  return {
    found: found / expected.size,
    falseFindings,
    exact: found === expected.size && falseFindings === 0,
  };
}
