import type { ArgMap, ArgNode, Position, Size } from '../model/map';
import { arrangeCompact } from './compact';
import { linksAmong } from './graph';
import { estimateNodeSize } from './nodeSize';
import { STACK_GAP } from './spacing';

/** Past this many nodes under a claim, a new reason goes after its siblings instead (kept fast). */
const ARRANGED_UP_TO = 300;
const NEW_REASON = '\u0000new';

const GAP_X = 40;
const GAP_Y = 80;
/** The least room a new card keeps from others: as much as Auto-Layout leaves in a column. */
const CLEARANCE = STACK_GAP;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const boxOf = (node: ArgNode): Box => ({ ...node.position, ...(node.size ?? estimateNodeSize(node)) });

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width + CLEARANCE &&
  b.x < a.x + a.width + CLEARANCE &&
  a.y < b.y + b.height + CLEARANCE &&
  b.y < a.y + a.height + CLEARANCE;

/** The nodes under a claim (its reasons, theirs, and so on), or null when there are too many. */
function under(map: ArgMap, claimId: string): string[] | null {
  const seen = new Set([claimId]);
  const stack = [claimId];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    for (const edge of map.edges) {
      if (edge.to !== id || seen.has(edge.from)) continue;
      seen.add(edge.from);
      if (seen.size > ARRANGED_UP_TO) return null;
      stack.push(edge.from);
    }
  }
  return [...seen];
}

/**
 * Where Auto-Layout would put a new reason relative to its claim: the claim's part of the map arranged
 * with the new reason last among its reasons (at the foot of a column, or starting the next one).
 */
function arrangedSpot(map: ArgMap, claim: ArgNode, size: Size): Position | null {
  const ids = under(map, claim.id);
  if (!ids) return null;
  const byId = new Map(map.nodes.map((node) => [node.id, node]));
  // As Auto-Layout sizes them: nothing thinner than a pixel.
  const sizeOf = ({ width, height }: Size) => ({ width: Math.max(1, width), height: Math.max(1, height) });
  const sizes = new Map<string, Size>(ids.map((id) => [id, sizeOf(boxOf(byId.get(id) as ArgNode))]));
  sizes.set(NEW_REASON, size);
  const all = [...ids, NEW_REASON];
  const edges = [
    ...map.edges,
    { id: NEW_REASON, from: NEW_REASON, to: claim.id, relation: 'supports' as const },
  ];
  const arranged = arrangeCompact(
    all,
    linksAmong(edges, new Map(all.map((id, i) => [id, i]))),
    sizes,
    (id) => id === claim.id,
  );
  const [at, top] = [arranged.get(NEW_REASON) as Position, arranged.get(claim.id) as Position];
  return { x: claim.position.x + at.x - top.x, y: claim.position.y + at.y - top.y };
}

/**
 * Where a new reason goes: below the claim it bears on, where Auto-Layout would put it after the
 * claim's other reasons (or, under a very large claim, to the right of them), at the first place from
 * there that overlaps nothing. Without a claim, below the whole map.
 */
export function placeBelow(
  map: ArgMap,
  claimId: string | null,
  newNode: Pick<ArgNode, 'text' | 'kind' | 'quote'>,
): Position {
  const size = estimateNodeSize(newNode);
  const claim = claimId ? map.nodes.find((node) => node.id === claimId) : undefined;
  const boxes = map.nodes.map(boxOf);
  let candidate: Box;
  if (claim) {
    const claimBox = boxOf(claim);
    const siblings = map.edges
      .filter((edge) => edge.to === claim.id)
      .map((edge) => map.nodes.find((node) => node.id === edge.from));
    const rightmost = Math.max(
      claimBox.x - size.width - GAP_X,
      ...siblings.map((node) => (node ? node.position.x : -Infinity)),
    );
    const afterSiblings = {
      x: siblings.length > 0 ? rightmost + size.width + GAP_X : claimBox.x,
      y: claimBox.y + claimBox.height + GAP_Y,
    };
    // Where the layout would put it; else at the foot of a column of its siblings, the last first;
    // else after them. The first of these that is free wins; failing all, step right from the first.
    const footOfColumns = siblings
      .filter((node): node is ArgNode => node !== undefined)
      .reverse()
      .map((node) => ({ x: node.position.x, y: boxOf(node).y + boxOf(node).height + CLEARANCE }));
    const spots = [arrangedSpot(map, claim, size), ...footOfColumns, afterSiblings]
      .filter((spot): spot is Position => spot !== null)
      .map((spot) => ({ ...spot, ...size }));
    candidate = spots.find((spot) => !boxes.some((box) => overlaps(box, spot))) ?? (spots[0] as Box);
  } else {
    const bottom = Math.max(0, ...boxes.map((box) => box.y + box.height));
    const left = Math.min(0, ...boxes.map((box) => box.x));
    candidate = { x: left, y: bottom + GAP_Y, ...size };
  }
  // Step right, past whatever is in the way; a map is finite, so this ends.
  for (let tries = 0; tries < 10_000; tries++) {
    const blocker = boxes.find((box) => overlaps(box, candidate));
    if (!blocker) break;
    candidate = { ...candidate, x: blocker.x + blocker.width + CLEARANCE };
  }
  return { x: candidate.x, y: candidate.y };
}
