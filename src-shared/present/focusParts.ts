import { arrangeCompact } from '../layout/compact';
import { groupsOf, type Link } from '../layout/graph';
import { boundsOf } from '../layout/shape';
import { spanningTree } from '../layout/spanningTree';
import type { Position, Size } from '../model/map';

/** A part of a step's focus shown on its own: the cards in focus, and claims shown dimmed above them. */
export interface FocusPart {
  focus: string[];
  /** A claim whose reasons were split across parts: shown dimmed above the reasons of a later part. */
  context: string[];
}

/** Cards laid out on their own, top-left corner at (0, 0), and the size of the whole. */
export interface OwnLayout {
  positions: Map<string, Position>;
  width: number;
  height: number;
}

/** Room between groups of cards that share no link. */
const GROUP_GAP = 40;

/**
 * The compact layout of just these cards and the links among them (claims above their reasons), each
 * connected group laid out on its own and the groups set in rows no wider than `width` (the room on
 * screen), so that unlinked cards fill a screen rather than a strip.
 */
export function layOutAlone(
  ids: readonly string[],
  links: readonly Link[],
  sizes: ReadonlyMap<string, Size>,
  isThesis: (id: string) => boolean,
  width = Number.POSITIVE_INFINITY,
): OwnLayout {
  const shown = new Set(ids);
  const among = links.filter(([claim, reason]) => shown.has(claim) && shown.has(reason));
  const positions = new Map<string, Position>();
  let [x, y, rowHeight, widest] = [0, 0, 0, 0];
  for (const group of groupsOf(ids, among)) {
    const members = new Set(group);
    const inGroup = among.filter(([claim]) => members.has(claim));
    const {
      positions: placed,
      width: groupWidth,
      height,
    } = boxed(arrangeCompact(group, inGroup, sizes, isThesis), sizes);
    if (x > 0 && x + groupWidth > width) [x, y, rowHeight] = [0, y + rowHeight + GROUP_GAP, 0];
    for (const [id, at] of placed) positions.set(id, { x: x + at.x, y: y + at.y });
    widest = Math.max(widest, x + groupWidth);
    rowHeight = Math.max(rowHeight, height);
    x += groupWidth + GROUP_GAP;
  }
  return { positions, width: widest, height: y + rowHeight };
}

/** Positions moved so that their box's top-left corner is at (0, 0), with the box's size. */
function boxed(placed: ReadonlyMap<string, Position>, sizes: ReadonlyMap<string, Size>): OwnLayout {
  const { left, top, right, bottom } = boundsOf(
    [...placed].map(([id, position]) => ({ ...position, ...(sizes.get(id) as Size) })),
  );
  const positions = new Map([...placed].map(([id, { x, y }]) => [id, { x: x - left, y: y - top }]));
  return { positions, width: right - left, height: bottom - top };
}

/** How many of `items`, taken in order after `before`, fit together (at least 1): a binary search. */
function howManyFit(
  before: readonly string[],
  items: readonly string[],
  fits: (shown: readonly string[]) => boolean,
): number {
  let [low, high] = [1, items.length];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits([...before, ...items.slice(0, middle)])) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Splits a focus into parts that each `fit`, top down, keeping a claim with its reasons where they fit
 * together: a subtree that fits is one unit; one that does not gives its claim with its direct reasons
 * (in chunks that fit, the claim dimmed above the later chunks), then each reason's own reasons the same
 * way, that reason dimmed above them. Neighbouring units are then merged while they fit together. Every
 * id lands in exactly one part's focus; a card too large to fit even alone is a part of its own.
 */
export function splitFocus(
  ids: readonly string[],
  links: readonly Link[],
  fits: (shown: readonly string[]) => boolean,
): FocusPart[] {
  const focus = new Set(ids);
  const tree = spanningTree(
    ids,
    links.filter(([claim, reason]) => focus.has(claim) && focus.has(reason)),
  );
  const taken = new Set<string>();
  const childrenOf = (id: string) => (tree.children.get(id) ?? []).filter((child) => !taken.has(child));
  /** The nodes below `top` not yet in a part, in reading order (`top` itself not included). */
  const below = (top: string): string[] => {
    const order: string[] = [];
    const seen = new Set([top]);
    const stack = [...childrenOf(top)].reverse();
    for (let at = stack.pop(); at !== undefined; at = stack.pop()) {
      if (seen.has(at)) continue;
      seen.add(at);
      order.push(at);
      stack.push(...childrenOf(at).reverse());
    }
    return order;
  };

  const units: FocusPart[] = [];
  const take = (part: FocusPart) => {
    if (part.focus.length === 0) return;
    for (const id of part.focus) taken.add(id);
    units.push(part);
  };
  /** The parts for `claim` and what lies below it; a claim already shown is dimmed above its reasons. */
  const unitsUnder = (claim: string) => {
    const shown = taken.has(claim);
    const context = shown ? [claim] : [];
    const whole = [...(shown ? [] : [claim]), ...below(claim)];
    if (whole.length === 0) return;
    if (fits([...context, ...whole])) {
      take({ focus: whole, context });
      return;
    }
    const children = childrenOf(claim);
    let chunk: FocusPart = { focus: shown ? [] : [claim], context };
    for (let i = 0; i < children.length; ) {
      const rest = children.slice(i);
      const before = [...chunk.context, ...chunk.focus];
      if (chunk.focus.length > 0 && !fits([...before, rest[0] as string])) {
        take(chunk);
        chunk = { focus: [], context: fits([claim, rest[0] as string]) ? [claim] : [] };
        continue;
      }
      const count = howManyFit(before, rest, fits);
      chunk.focus.push(...rest.slice(0, count));
      i += count;
      if (i < children.length) {
        take(chunk);
        chunk = { focus: [], context: fits([claim, children[i] as string]) ? [claim] : [] };
      }
    }
    take(chunk);
    for (const child of children) if (childrenOf(child).length > 0) unitsUnder(child);
  };
  for (const root of tree.roots) unitsUnder(root);
  for (const id of ids) if (!taken.has(id)) unitsUnder(id);

  // Each unit joins the part before it, else the smallest part so far, when it fits there; else starts one.
  const parts: FocusPart[] = [];
  const joined = (part: FocusPart, unit: FocusPart): FocusPart | null => {
    const focus = [...part.focus, ...unit.focus];
    const context = [...new Set([...part.context, ...unit.context])].filter((id) => !focus.includes(id));
    return fits([...context, ...focus]) ? { focus, context } : null;
  };
  for (const unit of units) {
    const smallest = parts.reduce<number>(
      (best, part, i) => (best < 0 || part.focus.length < (parts[best] as FocusPart).focus.length ? i : best),
      -1,
    );
    const tries = [...new Set([parts.length - 1, smallest])].filter((i) => i >= 0);
    const into = tries.find((i) => {
      const part = joined(parts[i] as FocusPart, unit);
      if (part) parts[i] = part;
      return part !== null;
    });
    if (into === undefined) parts.push(unit);
  }
  return parts;
}
