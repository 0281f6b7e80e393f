import type { Position, Size } from '../model/map';
import { COLUMN_HEIGHT, LAYER_GAP, ROW_GAP, SIBLING_GAP, STACK_GAP } from './spacing';

/** A laid-out piece of the map: its size, and how to write its nodes' positions from a top-left corner. */
export interface Block extends Size {
  /** Where, from the block's corner, its first and last cards in reading order are (siblings' order). */
  head: Position;
  tail: Position;
  place(x: number, y: number, out: Map<string, Position>): void;
}

const CORNER: Position = { x: 0, y: 0 };

export function card(id: string, size: Size): Block {
  return {
    width: size.width,
    height: size.height,
    head: CORNER,
    tail: CORNER,
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

/**
 * Blocks in the order given, each at the highest free place (then the leftmost) within `maxWidth`,
 * as bricks settle on a skyline; each block's first card lies right of the last card before it or lower,
 * so the order still reads left to right and top to bottom.
 */
export function rows(items: readonly Block[], maxWidth: number): Block {
  // The skyline: from each x on, how low the blocks placed so far reach (plus the gap below them).
  let skyline = [{ x: 0, y: 0 }];
  const placed: Placed[] = [];
  let [width, height] = [0, 0];
  for (const item of items) {
    const previous = placed.at(-1);
    let best: { x: number; y: number } | undefined;
    for (let i = 0; i < skyline.length; i++) {
      const { x } = skyline[i] as { x: number };
      if (x > 0 && x + item.width > maxWidth) break;
      let y = 0;
      for (let j = i; j < skyline.length && (skyline[j] as { x: number }).x < x + item.width; j++)
        y = Math.max(y, (skyline[j] as { y: number }).y);
      if (previous && !follows(previous, { item, x, y })) continue;
      if (!best || y < best.y) best = { x, y };
    }
    best ??= { x: 0, y: height + ROW_GAP };
    placed.push({ item, ...best });
    skyline = raise(skyline, best.x, best.x + item.width + SIBLING_GAP, best.y + item.height + ROW_GAP);
    width = Math.max(width, best.x + item.width);
    height = Math.max(height, best.y + item.height);
  }
  const first = placed[0] as Placed;
  const last = placed.at(-1) as Placed;
  return {
    width,
    height,
    head: { x: first.x + first.item.head.x, y: first.y + first.item.head.y },
    tail: { x: last.x + last.item.tail.x, y: last.y + last.item.tail.y },
    place(x, y, out) {
      for (const { item, x: left, y: top } of placed) item.place(x + left, y + top, out);
    },
  };
}

/** The skyline with [from, to) raised to `y`. */
function raise(skyline: readonly { x: number; y: number }[], from: number, to: number, y: number) {
  const below = (at: number) => skyline.reduce((last, step) => (step.x <= at ? step.y : last), 0);
  const kept = skyline.filter((step) => step.x < from || step.x >= to);
  const result = [...kept, { x: from, y }];
  if (!kept.some((step) => step.x === to)) result.push({ x: to, y: below(to) });
  return result.sort((a, b) => a.x - b.x);
}

/** A claim's card centred above the block of its reasons. */
export function claimAbove(claim: Block, reasons: Block): Block {
  const width = Math.max(claim.width, reasons.width);
  const at = { x: (width - claim.width) / 2, y: 0 };
  return {
    width,
    head: at,
    tail: at,
    height: claim.height + LAYER_GAP + reasons.height,
    place(x, y, out) {
      claim.place(x + (width - claim.width) / 2, y, out);
      reasons.place(x + (width - reasons.width) / 2, y + claim.height + LAYER_GAP, out);
    },
  };
}

/** The narrowest `rows` can be: its widest item. */
export const widest = (items: readonly Block[]) => Math.max(0, ...items.map((item) => item.width));
