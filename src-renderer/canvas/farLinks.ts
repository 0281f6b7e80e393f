import type { ArgEdge, Relation } from '../../src-shared/model/map';
import { type ArgFlowNode, drawnSize } from './toFlow';

/** The links of a map seen from afar: one path of straight segments per relation, and one for the selected. */
export type FarLinkPaths = Record<Relation | 'selected', string>;

/**
 * Zoomed out past reading, links are drawn as straight segments gathered into a path per relation instead
 * of a curve, an arrowhead and an element each: panning a fitted map of thousands of nodes spent most of
 * each frame painting those. A segment runs where the link's curve does, from the reason's top centre
 * (its source handle) to the claim's bottom centre (its target handle).
 */
export function farLinkPaths(
  nodes: readonly ArgFlowNode[],
  edges: readonly ArgEdge[],
  selected: ReadonlySet<string>,
): FarLinkPaths {
  const boxes = new Map(nodes.map((node) => [node.id, node]));
  const paths: Record<keyof FarLinkPaths, string[]> = { supports: [], opposes: [], selected: [] };
  for (const edge of edges) {
    const reason = boxes.get(edge.from);
    const claim = boxes.get(edge.to);
    if (!reason || !claim) continue;
    const from = drawnSize(reason);
    const to = drawnSize(claim);
    const segment = `M${round(reason.position.x + from.width / 2)} ${round(reason.position.y)}L${round(claim.position.x + to.width / 2)} ${round(claim.position.y + to.height)}`;
    paths[selected.has(edge.id) ? 'selected' : edge.relation].push(segment);
  }
  return {
    supports: paths.supports.join(''),
    opposes: paths.opposes.join(''),
    selected: paths.selected.join(''),
  };
}

const round = (value: number) => Math.round(value * 10) / 10;
