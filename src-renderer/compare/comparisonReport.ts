import { compareMaps, type MapComparison } from '../../src-shared/compare/compareMaps';
import type { ArgMap } from '../../src-shared/model/map';
import type { EditorStoreState } from '../store/editorStore';

/** How a node stands in the comparison, as a class on its card: reference nodes may be missing, the other map's extra. */
export type CompareMark = 'compare-matched' | 'compare-different' | 'compare-missing' | 'compare-extra';

let last: {
  map: ArgMap;
  other: ArgMap;
  report: MapComparison;
  marks: ReadonlyMap<string, CompareMark>;
  otherMarks: ReadonlyMap<string, CompareMark>;
} | null = null;

/** Each node's standing on one side: matched (with or without a difference), or `unmatched`. */
function marksOf(
  pairs: readonly string[],
  different: ReadonlySet<string>,
  unmatched: readonly string[],
  mark: CompareMark,
): ReadonlyMap<string, CompareMark> {
  const marks = new Map<string, CompareMark>();
  for (const id of pairs) marks.set(id, different.has(id) ? 'compare-different' : 'compare-matched');
  for (const id of unmatched) marks.set(id, mark);
  return marks;
}

/** Compares once per version of either map, however many components ask. */
function current(state: EditorStoreState) {
  const comparison = state.comparison;
  if (!comparison) return null;
  if (last?.map === state.map && last.other === comparison.other) return last;
  const report = compareMaps(state.map, comparison.other);
  const { matched, differences } = report;
  const marks = marksOf(
    matched.map((pair) => pair.reference),
    new Set(differences.map((difference) => difference.reference)),
    report.missing,
    'compare-missing',
  );
  const otherMarks = marksOf(
    matched.map((pair) => pair.other),
    new Set(differences.map((difference) => difference.other)),
    report.extra,
    'compare-extra',
  );
  last = { map: state.map, other: comparison.other, report, marks, otherMarks };
  return last;
}

/** The comparison of the document with the map it is compared with, or null when not comparing. */
export const comparisonReport = (state: EditorStoreState): MapComparison | null =>
  current(state)?.report ?? null;

/** Each reference node's standing, for the canvas to colour; null when not comparing. */
export const comparisonMarks = (state: EditorStoreState): ReadonlyMap<string, CompareMark> | null =>
  current(state)?.marks ?? null;

/** Each node of the other map by its standing, for the pane beside the reference; null when not comparing. */
export const otherMapMarks = (state: EditorStoreState): ReadonlyMap<string, CompareMark> | null =>
  current(state)?.otherMarks ?? null;
