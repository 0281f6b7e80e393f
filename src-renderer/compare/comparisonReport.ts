import { compareMaps, type MapComparison } from '../../src-shared/compare/compareMaps';
import type { ArgMap } from '../../src-shared/model/map';
import type { EditorStoreState } from '../store/editorStore';

/** How a reference node stands in the comparison, as a class on its card. */
export type CompareMark = 'compare-matched' | 'compare-different' | 'compare-missing';

let last: {
  map: ArgMap;
  other: ArgMap;
  report: MapComparison;
  marks: ReadonlyMap<string, CompareMark>;
} | null = null;

/** Compares once per version of either map, however many components ask. */
function current(state: EditorStoreState) {
  const comparison = state.comparison;
  if (!comparison) return null;
  if (last?.map === state.map && last.other === comparison.other) return last;
  const report = compareMaps(state.map, comparison.other);
  const different = new Set(report.differences.map((difference) => difference.reference));
  const marks = new Map<string, CompareMark>();
  for (const { reference } of report.matched)
    marks.set(reference, different.has(reference) ? 'compare-different' : 'compare-matched');
  for (const id of report.missing) marks.set(id, 'compare-missing');
  last = { map: state.map, other: comparison.other, report, marks };
  return last;
}

/** The comparison of the document with the map it is compared with, or null when not comparing. */
export const comparisonReport = (state: EditorStoreState): MapComparison | null =>
  current(state)?.report ?? null;

/** Each reference node's standing, for the canvas to colour; null when not comparing. */
export const comparisonMarks = (state: EditorStoreState): ReadonlyMap<string, CompareMark> | null =>
  current(state)?.marks ?? null;
