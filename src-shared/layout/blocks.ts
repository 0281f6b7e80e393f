import type { Position, Size } from '../model/map';
import { bottomOf, flat, Ground, type Outline, shifted, topOf } from './outline';
import { COLUMN_HEIGHT, LAYER_GAP, ROW_GAP, SIBLING_GAP, STACK_GAP } from './spacing';

/** A laid-out piece of the map: its size, and how to write its nodes' positions from a top-left corner. */
export interface Block extends Size {
  /** Where, from the block's corner, its first and last cards in reading order are (siblings' order). */
  head: Position;
  tail: Position;
  /** Where its cards start and end, from above and below: packing goes by these, not the box. */
  top: Outline;
  bottom: Outline;
  place(x: number, y: number, out: Map<string, Position>): void;
}

const CORNER: Position = { x: 0, y: 0 };

export function card(id: string, size: Size): Block {
  return {
    width: size.width,
    height: size.height,
    head: CORNER,
    tail: CORNER,
    top: flat(size.width, 0),
    bottom: flat(size.width, size.height),
    place: (x, y, out) => out.set(id, { x, y }),
  };
}

/** Cards left to right in rows no wider than `maxWidth`, as text wraps: for many cards of one size. */
export function shelves(cards: readonly Block[], maxWidth: number): Block {
  const placed: Placed[] = [];
  let [x, y, lineHeight, width] = [0, 0, 0, 0];
  for (const item of cards) {
    if (x > 0 && x + item.width > maxWidth) {
      [x, y, lineHeight] = [0, y + lineHeight + ROW_GAP, 0];
    }
    placed.push({ item, x, y });
    width = Math.max(width, x + item.width);
    lineHeight = Math.max(lineHeight, item.height);
    x += item.width + SIBLING_GAP;
  }
  return {
    width,
    height: y + lineHeight,
    head: CORNER,
    tail: CORNER,
    top: flat(width, 0),
    bottom: flat(width, y + lineHeight),
    place(left, top, out) {
      for (const { item, x: dx, y: dy } of placed) item.place(left + dx, top + dy, out);
    },
  };
}

/** Cards stacked top to bottom, left-aligned. */
function column(cards: readonly Block[]): Block {
  const width = Math.max(...cards.map((c) => c.width));
  const height = cards.reduce((sum, c) => sum + c.height, 0) + STACK_GAP * (cards.length - 1);
  return {
    width,
    height,
    head: CORNER,
    tail: { x: 0, y: height - (cards.at(-1) as Block).height },
    top: flat(width, 0),
    bottom: flat(width, height),
    place(x, y, out) {
      let top = y;
      for (const c of cards) {
        c.place(x, top, out);
        top += c.height + STACK_GAP;
      }
    },
  };
}

/**
 * Reasons with none of their own, stacked in columns of about even height, none much taller than
 * `COLUMN_HEIGHT`, read down each column and then across, as org charts do.
 */
export function columns(cards: readonly Block[]): Block[] {
  const total = cards.reduce((sum, c) => sum + c.height + STACK_GAP, -STACK_GAP);
  const target = total / Math.ceil(total / COLUMN_HEIGHT);
  const result: Block[] = [];
  let current: Block[] = [];
  let height = -STACK_GAP;
  for (const c of cards) {
    if (current.length > 0 && height + STACK_GAP + c.height > target + STACK_GAP) {
      result.push(column(current));
      current = [];
      height = -STACK_GAP;
    }
    current.push(c);
    height += STACK_GAP + c.height;
  }
  if (current.length > 0) result.push(column(current));
  return result;
}

/** Whether ranks `a` come strictly before ranks `b`, the first that differs deciding. */
function before(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] as number) < (b[i] as number);
  return false;
}

interface Placed extends Position {
  item: Block;
}

/** Whether `next`'s first card reads after `previous`'s last: to the right of it, or lower. */
function follows(previous: Placed, next: Placed): boolean {
  return (
    next.x + next.item.head.x > previous.x + previous.item.tail.x ||
    next.y + next.item.head.y > previous.y + previous.item.tail.y
  );
}

/** The ways one piece of the map can be laid out (a subtree wide and shallow, or narrow and deep). */
export type Shapes = readonly Block[];

/**
 * Blocks in the order given, each in the shape and at the place where the whole grows least deep (then
 * the highest, then the leftmost) within `maxWidth`, its outline clearing those placed before as bricks
 * settle on uneven ground; each block's first card lies right of the last card before it or lower, so
 * the order still reads left to right and top to bottom.
 */
export function rows(items: readonly Shapes[], maxWidth: number, depth = 0): Block {
  const ground = new Ground();
  const placed: Placed[] = [];
  let [width, height] = [0, 0];
  for (const shapes of items) {
    const previous = placed.at(-1);
    let best: Placed | undefined;
    // The least deep whole first, then the least wide, then the highest place, then the leftmost.
    const bestRank = [0, 0, 0, 0];
    const rank = [0, 0, 0, 0];
    const edges = ground.edges();
    // A shape wider than the rows goes in only when the piece has no narrower one.
    const narrowest = Math.min(...shapes.map((shape) => shape.width));
    for (const item of shapes) {
      if (item.width > maxWidth && item.width > narrowest) continue;
      const tryAt = (x: number) => {
        if (x < 0 || (x > 0 && x + item.width > maxWidth)) return;
        let y = ground.restingY(item.top, x);
        // Left of the card before it, a block goes lower than that card's top, as a new line of text does.
        if (previous && x + item.head.x <= previous.x + previous.item.tail.x)
          y = Math.max(y, previous.y + previous.item.tail.y - item.head.y + 1);
        [rank[0], rank[1], rank[2], rank[3]] = [
          Math.max(depth, height, y + item.height),
          Math.max(width, x + item.width),
          y,
          x,
        ];
        if (best && !before(rank, bestRank)) return;
        const next = { item, x, y };
        if (previous && !follows(previous, next)) return;
        best = next;
        for (let i = 0; i < 4; i++) bestRank[i] = rank[i] as number;
      };
      tryAt(0);
      for (const x of edges) {
        tryAt(x);
        tryAt(x - item.width);
      }
    }
    best ??= { item: shapes[0] as Block, x: 0, y: height + ROW_GAP };
    placed.push(best);
    ground.raise(shifted(best.item.bottom, best.x, best.y), ROW_GAP, SIBLING_GAP);
    width = Math.max(width, best.x + best.item.width);
    height = Math.max(height, best.y + best.item.height);
  }
  const first = placed[0] as Placed;
  const last = placed.at(-1) as Placed;
  return {
    width,
    height,
    head: { x: first.x + first.item.head.x, y: first.y + first.item.head.y },
    tail: { x: last.x + last.item.tail.x, y: last.y + last.item.tail.y },
    top: topOf(placed.map(({ item, x, y }) => shifted(item.top, x, y))),
    bottom: bottomOf(placed.map(({ item, x, y }) => shifted(item.bottom, x, y))),
    place(x, y, out) {
      for (const { item, x: left, y: top } of placed) item.place(x + left, y + top, out);
    },
  };
}

/** A claim's card centred above the block of its reasons. */
export function claimAbove(claim: Block, reasons: Block): Block {
  const width = Math.max(claim.width, reasons.width);
  const at = { x: (width - claim.width) / 2, y: 0 };
  const below = { x: (width - reasons.width) / 2, y: claim.height + LAYER_GAP };
  // The claim's links run through the band between it and its reasons: nothing else may settle there.
  const links = { x0: below.x, x1: below.x + reasons.width, y: claim.height };
  return {
    width,
    head: at,
    tail: at,
    height: claim.height + LAYER_GAP + reasons.height,
    top: topOf([shifted(claim.top, at.x, 0), [links]]),
    bottom: bottomOf([shifted(claim.bottom, at.x, 0), shifted(reasons.bottom, below.x, below.y)]),
    place(x, y, out) {
      claim.place(x + at.x, y, out);
      reasons.place(x + below.x, y + below.y, out);
    },
  };
}

/** The narrowest `rows` can be: its widest item. */
export const widest = (items: readonly Shapes[]) =>
  Math.max(0, ...items.map((shapes) => Math.min(...shapes.map((item) => item.width))));
