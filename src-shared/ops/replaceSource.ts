import DiffMatchPatch from 'diff-match-patch';
import type { Anchor, ArgMap } from '../model/map';
import type { Change, Step } from './change';

/** What became of the anchors when the source was replaced. */
export interface ReplaceSummary {
  /** Same words at the same place. */
  kept: number;
  /** Same words, found again elsewhere. */
  moved: number;
  /** The words changed: anchored to what stands there now, marked "Passage changed" for the user to confirm. */
  changed: number;
  /** Not found: the nodes stay, without a passage; listed by id. */
  lost: string[];
}

/** Below this share of characters in common, a changed passage is taken as gone rather than reworded. */
const MIN_SIMILARITY = 0.5;

function occurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  if (!exact) return found;
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) found.push(at);
  return found;
}

/**
 * Replaces the map's source text by a new version and finds every anchor again: exact and unique →
 * moved there; several matches → the one nearest where the diff of the two texts puts it; changed
 * words → the passage now at that place, keeping the old words so it shows as "Passage changed";
 * not found → the anchor is removed and the node listed. One change, so one undo.
 */
export function replaceSourceText(
  map: ArgMap,
  text: string,
): { change: Change; summary: ReplaceSummary } | null {
  const source = map.source;
  if (!source) return null;
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 2;
  const diffs = dmp.diff_main(source.text, text);
  // Left fine-grained: merged ("semantic") edits would map offsets inside a reworded sentence to its start.
  const summary: ReplaceSummary = { kept: 0, moved: 0, changed: 0, lost: [] };
  const steps: Step[] = [{ type: 'setSource', before: source, after: { ...source, text } }];
  for (const node of map.nodes) {
    const anchor = node.anchor;
    if (!anchor) continue;
    const expected = dmp.diff_xIndex(diffs, anchor.start);
    const found = occurrences(text, anchor.exact);
    let next: Anchor | undefined;
    if (found.length > 0) {
      const start = found.reduce((best, at) =>
        Math.abs(at - expected) < Math.abs(best - expected) ? at : best,
      );
      next = { start, end: start + anchor.exact.length, exact: anchor.exact };
      if (start === anchor.start) summary.kept++;
      else summary.moved++;
    } else {
      const end = Math.max(expected, dmp.diff_xIndex(diffs, anchor.end));
      const now = text.slice(expected, end);
      const distance = dmp.diff_levenshtein(dmp.diff_main(anchor.exact, now));
      if (now.trim() && 1 - distance / Math.max(anchor.exact.length, now.length) >= MIN_SIMILARITY) {
        next = { start: expected, end, exact: anchor.exact };
        summary.changed++;
      } else {
        summary.lost.push(node.id);
      }
    }
    if (next && next.start === anchor.start && next.end === anchor.end) continue;
    steps.push({ type: 'update', list: 'nodes', id: node.id, before: { anchor }, after: { anchor: next } });
  }
  return { change: { label: 'Replace source', steps }, summary };
}
