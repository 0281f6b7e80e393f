import type { ArgNode } from '../model/map';

/**
 * The box every node is drawn in. The canvas's CSS uses the same numbers (see src-renderer/canvas/nodes.css),
 * so that layout can place nodes before they are drawn.
 */
export const NODE_BOX = {
  width: 280,
  paddingY: 10,
  headerHeight: 22,
  lineHeight: 20,
  /** Speaker and role line of a quote. */
  attributionHeight: 34,
  /** A conservative count: Inter at 14 px fits about 36 average characters in the text column. */
  charsPerLine: 32,
} as const;

/** An upper estimate of a node's drawn size, from its text alone: wrapped lines times line height. */
export function estimateNodeSize(node: Pick<ArgNode, 'text' | 'kind' | 'quote'>): {
  width: number;
  height: number;
} {
  const lines = node.text
    .split('\n')
    .reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(paragraph.length / NODE_BOX.charsPerLine)), 0);
  const attribution = node.kind === 'quote' ? NODE_BOX.attributionHeight : 0;
  return {
    width: NODE_BOX.width,
    height: NODE_BOX.paddingY * 2 + NODE_BOX.headerHeight + lines * NODE_BOX.lineHeight + attribution,
  };
}
