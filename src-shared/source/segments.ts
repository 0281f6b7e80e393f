/** A node's passage in the source text. */
export interface AnchoredPassage {
  nodeId: string;
  start: number;
  end: number;
}

/** A stretch of text and the nodes whose passages cover all of it (none: plain text). */
export interface TextSegment {
  start: number;
  end: number;
  nodeIds: string[];
}

/**
 * Cuts [start, end) at every passage boundary, so each segment is covered by one fixed set of passages.
 * Overlapping passages (a quote inside the premise it supports) give segments covered by several nodes.
 */
export function segmentText(start: number, end: number, passages: readonly AnchoredPassage[]): TextSegment[] {
  const inside = passages.filter(
    (passage) => passage.start < end && passage.end > start && passage.end > passage.start,
  );
  const cuts = new Set([start, end]);
  for (const passage of inside) {
    cuts.add(Math.max(start, passage.start));
    cuts.add(Math.min(end, passage.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i] as number, points[i + 1] as number];
    const nodeIds = inside
      .filter((passage) => passage.start <= from && passage.end >= to)
      // The narrowest passage first: it is the most specific node for this text.
      .sort((a, b) => a.end - a.start - (b.end - b.start))
      .map((passage) => passage.nodeId);
    segments.push({ start: from, end: to, nodeIds });
  }
  return segments;
}
