import { getBezierPath, Position as Side } from '@xyflow/react';
import type { Relation } from '../../../src-shared/model/map';
import { type LinkPiece, linkPieces } from '../linkPieces';
import { type ArgFlowEdge, type ArgFlowNode, drawnSize } from '../toFlow';

/** How far a link's ends lie outside its cards: at the centre of the 8 px handles on their edges. */
const HANDLE_REACH = 4;

/** A link as the link layer draws it: a curve from the reason's top to the claim's bottom, in pieces. */
export interface DrawnLink {
  id: string;
  relation: Relation;
  selected: boolean;
  /** What a screen reader calls it. */
  label: string;
  pieces: readonly LinkPiece[];
}

interface Drawn {
  edge: ArgFlowEdge;
  ends: Ends;
  link: DrawnLink;
}

/**
 * Keeps each link's drawing from one render to the next: a link whose record and ends are unchanged is
 * the same object, so that selecting a card or moving one redraws only the links that changed, and a
 * long link is cut into pieces once (see linkPieces.ts). Links whose cards are not both given are left out.
 */
export function createLinkDrawer() {
  let drawn = new Map<string, Drawn>();
  return (nodes: readonly ArgFlowNode[], edges: readonly ArgFlowEdge[]): DrawnLink[] => {
    const cards = new Map(nodes.map((node) => [node.id, node]));
    const next = new Map<string, Drawn>();
    const links: DrawnLink[] = [];
    for (const edge of edges) {
      const reason = cards.get(edge.source);
      const claim = cards.get(edge.target);
      if (!reason || !claim) continue;
      const ends = endsOf(reason, claim);
      const before = drawn.get(edge.id);
      const same = before?.edge === edge && before.ends.every((value, i) => value === ends[i]);
      const entry = same && before ? before : { edge, ends, link: linkOf(edge, ends) };
      next.set(edge.id, entry);
      links.push(entry.link);
    }
    drawn = next;
    return links;
  };
}

/** Where a link runs: from the top centre of the reason's card to the bottom centre of the claim's. */
function endsOf(reason: ArgFlowNode, claim: ArgFlowNode): Ends {
  const from = drawnSize(reason);
  const to = drawnSize(claim);
  return [
    reason.position.x + from.width / 2,
    reason.position.y - HANDLE_REACH,
    claim.position.x + to.width / 2,
    claim.position.y + to.height + HANDLE_REACH,
  ];
}

type Ends = readonly [number, number, number, number];

function linkOf(edge: ArgFlowEdge, [sourceX, sourceY, targetX, targetY]: Ends): DrawnLink {
  // React Flow's own curve between handles on those sides, as its connection line draws it.
  const [path] = getBezierPath({
    sourceX,
    sourceY,
    sourcePosition: Side.Top,
    targetX,
    targetY,
    targetPosition: Side.Bottom,
  });
  return {
    id: edge.id,
    relation: edge.relation,
    selected: edge.selected,
    label: edge.ariaLabel,
    pieces: linkPieces(path),
  };
}
