import fc from 'fast-check';
import { generateArgument } from '../../../bench/generateMap';
import { compareMaps } from '../../../src-shared/compare/compareMaps';
import type { ArgMap } from '../../../src-shared/model/map';
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
} from '../../support/plantChanges';

const reference = bundledMap();
/** The value a test is built on; its absence means the bundled map changed shape, and the test says so. */
function must<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`The bundled map has no ${what}.`);
  return value;
}
const byKind = (kind: string) => reference.nodes.filter((node) => node.kind === kind);
const thesis = must(byKind('thesis')[0], 'thesis').id;

/** A student's copy as the comparison meets it: every id renamed and everything in another order. */
function asStudentMap(planted: ArgMap, seed = 1) {
  const { map, idOf } = renameIds(planted);
  return { other: shuffle(map, seeded(seed)), idOf: (id: string) => idOf.get(id) as string };
}

test('a map compared with itself matches every node and scores 1', () => {
  const report = compareMaps(reference, reference);
  expect(report.matched).toHaveLength(reference.nodes.length);
  expect(report.matched.every((pair) => pair.reference === pair.other)).toBe(true);
  expect(report.missing).toEqual([]);
  expect(report.extra).toEqual([]);
  expect(report.differences).toEqual([]);
  expect(report.score).toEqual({ precision: 1, recall: 1, f1: 1, agreement: 1 });
});

test('renamed ids, shuffled order and moved cards change nothing', () => {
  const { other, idOf } = asStudentMap(reference);
  const report = compareMaps(reference, other);
  expect(report.matched.map((pair) => [pair.reference, pair.other]).sort()).toEqual(
    reference.nodes.map((node) => [node.id, idOf(node.id)]).sort(),
  );
  expect(report.differences).toEqual([]);
  expect(report.score.f1).toBe(1);
});

test('removed reasons are missing, and nothing else is', () => {
  const removed = leaves(reference)
    .filter((_, i) => i % 7 === 0)
    .map((node) => node.id);
  const { other } = asStudentMap(removeNodes(reference, new Set(removed)));
  const report = compareMaps(reference, other);
  expect(report.missing.sort()).toEqual([...removed].sort());
  expect(report.extra).toEqual([]);
  expect(report.differences).toEqual([]);
  expect(report.score.recall).toBeCloseTo((reference.nodes.length - removed.length) / reference.nodes.length);
  expect(report.score.precision).toBe(1);
});

test('added reasons are extra, and nothing else is', () => {
  const texts = [
    'Tariffs on steel hurt shipbuilders',
    'Fishermen protest the quota',
    'Elections loom in spring',
  ];
  const { other, idOf } = asStudentMap(addReasons(reference, [thesis, thesis, thesis], texts));
  const report = compareMaps(reference, other);
  expect(report.extra.sort()).toEqual(['added0', 'added1', 'added2'].map(idOf).sort());
  expect(report.missing).toEqual([]);
  expect(report.score.recall).toBe(1);
  expect(report.score.precision).toBeCloseTo(reference.nodes.length / (reference.nodes.length + 3));
});

test('a premise mapped as a counterpoint is a difference of kind', () => {
  const premise = must(byKind('premise')[3], 'fourth premise').id;
  const { other, idOf } = asStudentMap(setKind(reference, premise, 'counterpoint'));
  expect(compareMaps(reference, other).differences).toEqual([
    {
      reference: premise,
      other: idOf(premise),
      what: 'kind',
      reference_value: 'premise',
      other_value: 'counterpoint',
    },
  ]);
});

test('a flipped link is a difference of relation', () => {
  const premise = must(byKind('premise')[5], 'sixth premise').id;
  const { other, idOf } = asStudentMap(flipRelation(reference, premise));
  expect(compareMaps(reference, other).differences).toEqual([
    {
      reference: premise,
      other: idOf(premise),
      what: 'relation',
      reference_value: 'supports',
      other_value: 'opposes',
    },
  ]);
});

test('a quote given to someone else is a difference of speaker; case and accents are not', () => {
  const quote = must(byKind('quote')[0], 'quote');
  const other = must(byKind('quote')[1], 'second quote');
  const speakerOf = (node: typeof quote) => must(node.quote, 'attribution').speaker;
  let planted = setSpeaker(reference, quote.id, 'Someone Else');
  planted = setSpeaker(planted, other.id, speakerOf(other).toUpperCase());
  const student = asStudentMap(planted);
  expect(compareMaps(reference, student.other).differences).toEqual([
    {
      reference: quote.id,
      other: student.idOf(quote.id),
      what: 'speaker',
      reference_value: speakerOf(quote),
      other_value: 'Someone Else',
    },
  ]);
});

test('a reason hung under another claim is a difference of parent', () => {
  const leaf = must(
    leaves(reference).find((node) => node.kind === 'quote'),
    'quote that is a leaf',
  );
  const claim = must(
    reference.edges.find((edge) => edge.from === leaf.id),
    'link from a quote',
  ).to;
  const elsewhere = must(
    byKind('premise').find((node) => node.id !== claim),
    'second premise',
  ).id;
  const { other, idOf } = asStudentMap(moveReason(reference, leaf.id, elsewhere));
  expect(compareMaps(reference, other).differences).toEqual([
    {
      reference: leaf.id,
      other: idOf(leaf.id),
      what: 'parent',
      reference_value: claim,
      other_value: idOf(elsewhere),
    },
  ]);
});

test('light rewording and passages a few characters off still match every node', () => {
  const random = seeded(7);
  const { other } = asStudentMap(shiftAnchors(reword(reference, 0.2, random), random));
  const report = compareMaps(reference, other);
  expect(report.missing).toEqual([]);
  expect(report.differences).toEqual([]);
});

test('without passages, text and structure still match a lightly reworded map', () => {
  const { other } = asStudentMap(reword(withoutAnchors(reference), 0.2, seeded(3)));
  const report = compareMaps(reference, other);
  expect(report.score.recall).toBeGreaterThanOrEqual(0.95);
  expect(report.differences.length).toBeLessThanOrEqual(2);
});

test('a map of a slightly different copy of the article has its passages carried across', () => {
  const edited = structuredClone(reference);
  const source = must(edited.source, 'source');
  const text = source.text;
  const cut = text.indexOf('\n\n') + 2;
  source.text = `${text.slice(0, cut)}An editor's note added to this copy.\n\n${text.slice(cut)}`;
  const shift = "An editor's note added to this copy.\n\n".length;
  for (const node of edited.nodes)
    if (node.anchor && node.anchor.start >= cut)
      node.anchor = { ...node.anchor, start: node.anchor.start + shift, end: node.anchor.end + shift };
  const { other } = asStudentMap(reword(edited, 0.5, seeded(11)));
  const report = compareMaps(reference, other);
  expect(report.missing).toEqual([]);
  expect(report.differences).toEqual([]);
});

test('random plants are reported exactly as planted', () => {
  const leafIds = leaves(reference)
    .filter((node) => node.kind !== 'quote')
    .map((node) => node.id);
  fc.assert(
    fc.property(
      fc.subarray(leafIds, { maxLength: 8 }),
      fc.subarray(
        byKind('premise').map((node) => node.id),
        { maxLength: 5 },
      ),
      fc.integer({ min: 1, max: 1000 }),
      (removed, flipped, seed) => {
        const gone = new Set(removed);
        const flips = flipped.filter((id) => !gone.has(id));
        let planted = removeNodes(reference, gone);
        for (const id of flips) planted = flipRelation(planted, id);
        const { other, idOf } = asStudentMap(planted, seed);
        const report = compareMaps(reference, other);
        expect(report.missing.sort()).toEqual([...gone].sort());
        expect(report.extra).toEqual([]);
        expect(report.differences.map((d) => [d.what, d.reference, d.other]).sort()).toEqual(
          flips.map((id) => ['relation', id, idOf(id)]).sort(),
        );
      },
    ),
    { numRuns: 25 },
  );
});

test('random plants of every kind at once are reported exactly as planted', () => {
  const quoteLeaves = leaves(reference)
    .filter((node) => node.kind === 'quote')
    .map((node) => node.id);
  const premiseLeaves = leaves(reference)
    .filter((node) => node.kind === 'premise')
    .map((node) => node.id);
  const premises = byKind('premise').map((node) => node.id);
  const texts = [
    'Tariffs on steel hurt shipbuilders',
    'Fishermen protest the quota',
    'Elections loom in spring',
  ];
  fc.assert(
    fc.property(
      fc.subarray(premiseLeaves, { maxLength: 5 }),
      fc.subarray(premises, { maxLength: 4 }),
      fc.subarray(premises, { maxLength: 4 }),
      fc.subarray(quoteLeaves, { maxLength: 6 }),
      fc.integer({ min: 0, max: 3 }),
      fc.integer({ min: 1, max: 1000 }),
      (removed, flipped, rekinded, quotes, added, seed) => {
        const gone = new Set(removed);
        const flips = flipped.filter((id) => !gone.has(id));
        const kinds = rekinded.filter((id) => !gone.has(id));
        // Half the chosen quotes get another speaker; the other half hang under another premise.
        const speakers = quotes.filter((_, i) => i % 2 === 0);
        const moved = quotes.filter((_, i) => i % 2 === 1);
        let planted = removeNodes(reference, gone);
        for (const id of flips) planted = flipRelation(planted, id);
        for (const id of kinds) planted = setKind(planted, id, 'counterpoint');
        for (const id of speakers) planted = setSpeaker(planted, id, 'Someone Else');
        const moves = moved.map((id) => {
          const claim = reference.edges.find((edge) => edge.from === id)?.to;
          const to = must(
            premises.find((premise) => premise !== claim && !gone.has(premise)),
            'premise to move a quote under',
          );
          planted = moveReason(planted, id, to);
          return id;
        });
        planted = addReasons(
          planted,
          texts.slice(0, added).map(() => thesis),
          texts.slice(0, added),
        );
        const { other, idOf } = asStudentMap(planted, seed);
        const report = compareMaps(reference, other);
        expect(report.missing.sort()).toEqual([...gone].sort());
        expect(report.extra.sort()).toEqual(
          texts
            .slice(0, added)
            .map((_, i) => idOf(`added${i}`))
            .sort(),
        );
        expect(report.differences.map((d) => `${d.what} ${d.reference}`).sort()).toEqual(
          [
            ...flips.map((id) => `relation ${id}`),
            ...kinds.map((id) => `kind ${id}`),
            ...speakers.map((id) => `speaker ${id}`),
            ...moves.map((id) => `parent ${id}`),
          ].sort(),
        );
      },
    ),
    { numRuns: 25 },
  );
}, 30_000);

test('a large map whose every word recurs in hundreds of nodes still matches a renamed copy of itself whole', () => {
  // The generated maps draw on a small vocabulary: at 1,000 nodes no word is in fewer than about 50.
  const large = generateArgument(1000);
  const { other, idOf } = asStudentMap(large, 5);
  const report = compareMaps(large, other);
  expect(report.score.recall).toBe(1);
  expect(report.score.precision).toBe(1);
  const right = report.matched.filter((pair) => idOf(pair.reference) === pair.other).length;
  // A few texts repeat word for word in a generated map; only structure can tell those apart.
  expect(right / large.nodes.length).toBeGreaterThan(0.95);
}, 60_000);

test('an empty map misses everything and adds nothing', () => {
  const empty = { ...reference, nodes: [], edges: [], tour: [] };
  const report = compareMaps(reference, empty);
  expect(report.missing).toHaveLength(reference.nodes.length);
  expect(report.score).toEqual({ precision: 1, recall: 0, f1: 0, agreement: 0 });
});
