import { estimateNodeSize } from '../layout/nodeSize';
import type { ArgMap, Position, Size } from '../model/map';
import { structureOf } from '../model/structure';

const GAP = 32;
const LAYER = 72;

/** What Focus on Claim shows: the claim, its reasons, where each goes, and the path up to the thesis. */
export interface FocusView {
  claimId: string;
  /** The claim's claims up to the top of the argument, the top first (the breadcrumbs). */
  path: string[];
  /** The claim first, then its reasons left to right. */
  shown: string[];
  positions: Map<string, Position>;
  /** For each reason shown: how many nodes lie below it (stepping down shows them). */
  below: Map<string, number>;
}

/** Rows of reasons: as many columns as let the whole be drawn largest in the frame it is shown in. */
function bestRows(
  reasons: readonly string[],
  claimId: string,
  sizeOf: (id: string) => Size,
  rowWidthOf: (row: string[]) => number,
  frame: Size,
): string[][] {
  let best: string[][] = [];
  let bestZoom = -1;
  for (let columns = 1; columns <= Math.max(1, reasons.length); columns++) {
    const rows: string[][] = [];
    for (let i = 0; i < reasons.length; i += columns) rows.push(reasons.slice(i, i + columns));
    const width = Math.max(sizeOf(claimId).width, ...rows.map(rowWidthOf));
    const height =
      sizeOf(claimId).height +
      LAYER +
      rows.reduce((sum, row) => sum + Math.max(...row.map((id) => sizeOf(id).height)) + GAP, 0);
    const zoom = Math.min(frame.width / width, frame.height / height);
    if (zoom > bestZoom + 1e-9) {
      best = rows;
      bestZoom = zoom;
    }
  }
  return best;
}

/** The claims above a node, following each one's first claim, the top first; a cycle stops the walk. */
export function pathToTop(map: ArgMap, id: string): string[] {
  const structure = structureOf(map);
  const path: string[] = [];
  const seen = new Set([id]);
  for (
    let at = structure.claimsOf(id)[0];
    at !== undefined && !seen.has(at);
    at = structure.claimsOf(at)[0]
  ) {
    seen.add(at);
    path.unshift(at);
  }
  return path;
}

function countBelow(map: ArgMap, id: string): number {
  const structure = structureOf(map);
  const seen = new Set([id]);
  const stack = [...structure.reasonsOf(id)];
  for (let at = stack.pop(); at !== undefined; at = stack.pop()) {
    if (seen.has(at)) continue;
    seen.add(at);
    stack.push(...structure.reasonsOf(at));
  }
  return seen.size - 1;
}

/**
 * Lays a claim out on its own: the claim centred above its reasons, which wrap into rows so the
 * whole is about as wide as a screen is (never one long strip). Positions are in the map's own
 * coordinates, with the claim where it is on the map, so the view does not have to travel far.
 */
export function focusView(
  map: ArgMap,
  claimId: string,
  sizes: ReadonlyMap<string, Size>,
  frame: Size = { width: 1280, height: 800 },
): FocusView | null {
  const byId = new Map(map.nodes.map((node) => [node.id, node]));
  const claim = byId.get(claimId);
  if (!claim) return null;
  const reasons = structureOf(map)
    .reasonsOf(claimId)
    .filter((id) => id !== claimId);
  const sizeOf = (id: string): Size => {
    const node = byId.get(id);
    return sizes.get(id) ?? node?.size ?? estimateNodeSize(node ?? { text: '', kind: 'note' });
  };
  const rowWidthOf = (row: string[]) => row.reduce((sum, id) => sum + sizeOf(id).width + GAP, -GAP);
  const rows = bestRows(reasons, claimId, sizeOf, rowWidthOf, frame);
  const widest = Math.max(sizeOf(claimId).width, ...rows.map(rowWidthOf));

  const positions = new Map<string, Position>();
  const left = claim.position.x + sizeOf(claimId).width / 2 - widest / 2;
  positions.set(claimId, claim.position);
  let y = claim.position.y + sizeOf(claimId).height + LAYER;
  for (const row of rows) {
    let x = left + (widest - rowWidthOf(row)) / 2;
    for (const id of row) {
      positions.set(id, { x, y });
      x += sizeOf(id).width + GAP;
    }
    y += Math.max(...row.map((id) => sizeOf(id).height)) + GAP;
  }
  return {
    claimId,
    path: pathToTop(map, claimId),
    shown: [claimId, ...reasons],
    positions,
    below: new Map(reasons.map((id) => [id, countBelow(map, id)])),
  };
}
