import type { Sentence } from './coverage';
import type { TextSegment } from './segments';

/** A stretch of a block's text: highlighted by the nodes in `nodeIds`, or plain; `unmapped` for a sentence no node anchors. */
export interface MarkedSegment extends TextSegment {
  /** The segment is a whole sentence that no node anchors (plain text, so it gets a mark in the margin). */
  unmapped: boolean;
}

/**
 * The segments of a block with each unmapped sentence cut out as a segment of its own, so the pane can mark
 * it in the margin beside its own line rather than beside the whole paragraph. No passage touches an
 * unmapped sentence, so each lies inside one plain segment. `unmapped` is in reading order.
 */
export function markSentences(
  segments: readonly TextSegment[],
  unmapped: readonly Sentence[],
): MarkedSegment[] {
  const marked: MarkedSegment[] = [];
  let next = firstEndingAfter(unmapped, segments[0]?.start ?? 0);
  for (const segment of segments) {
    if (segment.nodeIds.length > 0) {
      marked.push({ ...segment, unmapped: false });
      continue;
    }
    let at = segment.start;
    for (; next < unmapped.length; next++) {
      const sentence = unmapped[next] as Sentence;
      if (sentence.start >= segment.end) break;
      const from = Math.max(at, sentence.start);
      const to = Math.min(segment.end, sentence.end);
      if (from > at) marked.push({ start: at, end: from, nodeIds: [], unmapped: false });
      if (to > from) marked.push({ start: from, end: to, nodeIds: [], unmapped: true });
      at = to;
      if (sentence.end > segment.end) break;
    }
    if (at < segment.end) marked.push({ start: at, end: segment.end, nodeIds: [], unmapped: false });
  }
  return marked;
}

/** The index of the first sentence ending after `offset` (a binary search: a long source has thousands). */
function firstEndingAfter(sentences: readonly Sentence[], offset: number): number {
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sentences[middle] as Sentence).end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
