import { getBezierPath, Position as Side } from '@xyflow/react';
import type { Relation } from '../../../src-shared/model/map';
import { meets, type Region } from '../drawnRegion';
import { type LinkPiece, linkPieces } from '../linkPieces';
import { type ArgFlowEdge, type ArgFlowNode, drawnSize } from '../toFlow';

/** A link's ends: where it leaves the reason (x, y) and where it meets the claim (x, y). */
export type Ends = readonly [number, number, number, number];

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

/** Where a link runs between its cards as last given, and the box its curve stays within. */
interface Placed {
  reason: ArgFlowNode;
  claim: ArgFlowNode;
  ends: Ends;
  box: Region;
}

/**
 * Keeps each link's drawing from one render to the next: a link whose record and ends are unchanged is
 * the same object, so that selecting a card or moving one redraws only the links that changed, and a
 * long link is cut into pieces once (see linkPieces.ts). Links whose cards are not both given are left
 * out, and so are links that cannot cross `region` (null: none is): on a map of 20,000 nodes, working
 * out every link's curve and pieces took a third of a second as it opened, and 70 MB. Where each link
 * runs is kept while its cards are the same objects, so a view that moves asks only which links meet it.
 */
export function createLinkDrawer() {
  let drawn = new Map<string, Drawn>();
  let placed = new Map<string, Placed>();
  let cards = new Map<string, ArgFlowNode>();
  let cardsGiven: readonly ArgFlowNode[] = [];
  let edgesGiven: readonly ArgFlowEdge[] = [];
  return (
    nodes: readonly ArgFlowNode[],
    edges: readonly ArgFlowEdge[],
    region: Region | null,
  ): DrawnLink[] => {
    if (nodes !== cardsGiven) {
      cards = new Map(nodes.map((node) => [node.id, node]));
      cardsGiven = nodes;
    }
    // Links removed go with the list they were in.
    if (edges !== edgesGiven) {
      placed = new Map();
      edgesGiven = edges;
    }
    const next = new Map<string, Drawn>();
    const links: DrawnLink[] = [];
    for (const edge of edges) {
      const reason = cards.get(edge.source);
      const claim = cards.get(edge.target);
      if (!reason || !claim) continue;
      let place = placed.get(edge.id);
      if (place?.reason !== reason || place.claim !== claim) {
        const ends = endsOf(reason, claim);
        place = { reason, claim, ends, box: curveBox(ends) };
        placed.set(edge.id, place);
      }
      if (region && !meets(place.box, region)) continue;
      const { ends } = place;
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

/**
 * The box a link's curve stays within: that of its ends and of the control points React Flow's bezier
 * gives them (a curve never leaves the box of its control points). A reason below its claim has its
 * control points between the ends; one above it loops out by 0.25 × 25 × √(the height between them).
 */
export function curveBox([sourceX, sourceY, targetX, targetY]: Ends): Region {
  const reach = sourceY >= targetY ? 0 : 6.25 * Math.sqrt(targetY - sourceY);
  return {
    left: Math.min(sourceX, targetX),
    right: Math.max(sourceX, targetX),
    top: Math.min(sourceY, targetY) - reach,
    bottom: Math.max(sourceY, targetY) + reach,
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
