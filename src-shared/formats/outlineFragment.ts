import { FRAGMENT_LIMITS, FRAGMENT_VERSION, type Fragment, FragmentSchema } from '../clipboard/fragment';
import { NODE_BOX } from '../layout/nodeSize';
import type { ArgEdge, ArgNode } from '../model/map';
import { inferKinds } from './inferKinds';
import { looksLikeOutline, readOutline } from './outlineRead';

const COLUMN = NODE_BOX.width + 40;
const ROW = 160;

/**
 * Pasted text that reads as an outline (an indented or bulleted list), as nodes to paste: each item a
 * node below the item it is indented under, kinds from labels or the structure, laid out as a tree
 * (each claim above its reasons, leaves side by side). Null when the text is not an outline.
 */
export function outlineFragment(text: string): Fragment | null {
  if (text.length > FRAGMENT_LIMITS.textLength || !looksLikeOutline(text)) return null;
  const draft = readOutline(text, '');
  if (!draft || draft.nodes.length > FRAGMENT_LIMITS.nodes) return null;
  const kinds = inferKinds(draft.nodes, draft.edges);
  const parentOf = new Map(draft.edges.map((edge) => [edge.from, edge.to]));
  const depth = new Map<string, number>();
  let column = 0;
  const nodes: ArgNode[] = draft.nodes.map((node, index) => {
    const parent = parentOf.get(node.key);
    const level = parent === undefined ? 0 : (depth.get(parent) ?? 0) + 1;
    depth.set(node.key, level);
    const kind = kinds.get(node.key) ?? 'premise';
    // Items come in reading order: a new column starts at every item that is not a claim's first reason.
    const first = parent !== undefined && draft.nodes[index - 1]?.key === parent;
    if (!first && depth.size > 1) column++;
    return {
      id: node.key,
      kind,
      text: node.text,
      position: { x: column * COLUMN, y: level * ROW },
      ...(kind === 'quote' && {
        quote: {
          speaker: node.quote?.speaker ?? '',
          ...(node.quote?.role && { role: node.quote.role }),
          direct: node.quote?.direct ?? true,
        },
      }),
    };
  });
  const edges: ArgEdge[] = draft.edges.map((edge, i) => ({
    id: `link-${i + 1}`,
    from: edge.from,
    to: edge.to,
    relation: edge.relation,
  }));
  // Checked as a copied fragment is, so an item too long for a node is refused rather than pasted.
  const fragment = FragmentSchema.safeParse({
    format: 'argmap-fragment',
    version: FRAGMENT_VERSION,
    nodes,
    edges,
  });
  return fragment.success ? fragment.data : null;
}
