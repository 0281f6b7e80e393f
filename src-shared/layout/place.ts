import type { ArgMap, ArgNode, Position } from '../model/map';
import { estimateNodeSize } from './nodeSize';

const GAP_X = 40;
const GAP_Y = 80;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const boxOf = (node: ArgNode): Box => ({ ...node.position, ...(node.size ?? estimateNodeSize(node)) });

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width + GAP_X &&
  b.x < a.x + a.width + GAP_X &&
  a.y < b.y + b.height + GAP_Y / 2 &&
  b.y < a.y + a.height + GAP_Y / 2;

/**
 * Where a new reason goes: below the claim it bears on (reasons sit below their claims), after the
 * claim's other reasons, at the first place that overlaps nothing. Without a claim, below the whole map.
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
    candidate = {
      x: siblings.length > 0 ? rightmost + size.width + GAP_X : claimBox.x,
      y: claimBox.y + claimBox.height + GAP_Y,
      ...size,
    };
  } else {
    const bottom = Math.max(0, ...boxes.map((box) => box.y + box.height));
    const left = Math.min(0, ...boxes.map((box) => box.x));
    candidate = { x: left, y: bottom + GAP_Y, ...size };
  }
  // Step right, past whatever is in the way; a map is finite, so this ends.
  for (let tries = 0; tries < 10_000; tries++) {
    const blocker = boxes.find((box) => overlaps(box, candidate));
    if (!blocker) break;
    candidate = { ...candidate, x: blocker.x + blocker.width + GAP_X };
  }
  return { x: candidate.x, y: candidate.y };
}
