import type { ArgNode } from '../../src-shared/model/map';

/** A node of either map in a line or two: its kind, its text, and who is quoted. */
export function NodeSummary({ node }: { node: ArgNode }) {
  return (
    <p className="compare-node">
      <span className="compare-what">{node.kind}</span>
      {node.text || '(no text)'}
      {node.quote?.speaker ? <span className="compare-speaker"> — {node.quote.speaker}</span> : null}
    </p>
  );
}
