import DiffMatchPatch from 'diff-match-patch';

/** Carries an offset in one version of a source text to the same place in another. */
export type OffsetMapper = (offset: number) => number;

/**
 * Maps offsets from `from` to `to`: the identity when the texts are equal, else through a character diff,
 * so anchors of a map made on a slightly different copy of the article land on the same words.
 */
export function offsetMapper(from: string, to: string): OffsetMapper {
  if (from === to) return (offset) => offset;
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 2;
  const diffs = dmp.diff_main(from, to);
  dmp.diff_cleanupSemantic(diffs);
  return (offset) => dmp.diff_xIndex(diffs, offset);
}

/** The share of characters two passages have in common: the overlap over the union (0 when apart). */
export function passageOverlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (shared <= 0) return 0;
  return shared / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}
