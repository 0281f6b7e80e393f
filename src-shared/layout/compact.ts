import type { Position, Size } from '../model/map';
import { type Block, card, claimAbove, columns, rows, type Shapes, shelves, widest } from './blocks';
import type { Link } from './graph';
import { NODE_BOX } from './nodeSize';
import { bottomOf, shifted } from './outline';
import { LAYER_GAP, SIBLING_GAP } from './spacing';
import { type SpanningTree, spanningTree } from './spanningTree';

/** The shape each claim's block of reasons aims at (width to height), and the whole map too. */
const ASPECT = 1.5;
/** How far (as a log of the ratio) from `ASPECT` a whole map may be and still count as the right shape. */
const FITS = Math.log(1.35);
/** Loose nodes (notes, reasons not linked yet) go in a tray below the argument, at least this wide. */
const TRAY_GAP = 2 * LAYER_GAP;
const TRAY_MIN_WIDTH = 4 * (NODE_BOX.width + SIBLING_GAP) - SIBLING_GAP;

/** The shapes claims' blocks are tried leaning towards; the best whole wins. */
const LEANS = [1.6, 1, 2.5, 4];
/** From this many nodes, the first leaning that gives a whole within bounds is kept. */
const LARGE = 1000;
/** How much a claim's block pays for leaning away from the shape aimed at, per unit of log ratio. */
const LEAN = 1;
/** The factor between the widths a claim's rows are tried at. */
const WIDTH_STEP = 1.25;
/**
 * How many shapes of each claim's subtree its own claim chooses from. A large subtree keeps more: a
 * poor fit of a large block leaves a large hole in its claim's rows (the bench's 5,000-node map filled
 * 21 % of its box keeping 3, 32 % keeping 12), while small ones are many and keeping few keeps it quick.
 */
const SHAPES_KEPT = 3;
const SHAPES_KEPT_LARGE = 12;
/** From this many nodes, a subtree counts as large. */
const LARGE_SUBTREE = 20;
/** The narrowest (width over height) a claim's block may be, beyond its best shape. */
const NARROWEST = 0.7;
/** About the most of the map's height a 1280 × 800 screen shows with body text at 14 px. */
const SCREENFUL = 700;

class Arrangement {
  constructor(
    private readonly tree: SpanningTree,
    private readonly sizes: ReadonlyMap<string, Size>,
    /** The shape each claim's rows of reasons aim at. */
    private readonly aspect: number,
  ) {}

  cardOf = (id: string) => card(id, this.sizes.get(id) as Size);

  private readonly counts = new Map<string, number>();
  /** How many nodes a claim's subtree holds, the claim included. */
  countOf(id: string): number {
    let count = this.counts.get(id);
    if (count === undefined) {
      count = 1;
      for (const reason of this.tree.children.get(id) ?? []) count += this.countOf(reason);
      this.counts.set(id, count);
    }
    return count;
  }

  /** A claim's reasons as blocks, in order: runs of reasons with none of their own in columns. */
  reasonsOf(id: string): Shapes[] {
    const items: Shapes[] = [];
    let leaves: Block[] = [];
    const flush = () => {
      if (leaves.length > 0) items.push(...columns(leaves).map((column) => [column]));
      leaves = [];
    };
    for (const reason of this.tree.children.get(id) ?? []) {
      if (!this.tree.children.has(reason)) {
        leaves.push(this.cardOf(reason));
        continue;
      }
      flush();
      items.push(this.subtree(reason));
    }
    flush();
    return items;
  }

  /**
   * A claim above its reasons, their rows wrapped at the widths that pack them tightest, leaning
   * towards `aspect`: nested blocks multiply each other's empty space, so each is made as dense as it
   * can. The best few shapes are kept, so that the claim's own claim can pick the one that fits.
   */
  subtree(id: string): Shapes {
    const items = this.reasonsOf(id);
    if (items.length === 0) return [this.cardOf(id)];
    const claim = this.cardOf(id);
    const cost = (block: Block) =>
      block.width * block.height * (1 + LEAN * Math.abs(Math.log(block.width / block.height / this.aspect)));
    // Packed once to learn how deep the rows must be, then again filling the room that depth leaves.
    const packed = (width: number) => {
      const first = rows(items, width);
      const second = rows(items, width, first.height);
      return claimAbove(claim, second.height <= first.height ? second : first);
    };
    const tried = [packed(widest(items))];
    const full = items.reduce((sum, item) => sum + (item[0] as Block).width + SIBLING_GAP, -SIBLING_GAP);
    for (let width = widest(items) * WIDTH_STEP; width < full * WIDTH_STEP; width *= WIDTH_STEP)
      tried.push(packed(width));
    // A small part of the argument much taller than wide could not be shown whole on a screen at a
    // readable size (as a tour step shows it); a large part cannot be anyway.
    const shown = tried.filter(
      (block) => block.width >= block.height * NARROWEST || block.height > SCREENFUL,
    );
    const ranked = (shown.length > 0 ? shown : tried)
      .map((block) => ({ block, cost: cost(block) }))
      .sort((a, b) => a.cost - b.cost);
    const keep = this.countOf(id) >= LARGE_SUBTREE ? SHAPES_KEPT_LARGE : SHAPES_KEPT;
    const kept: Block[] = [];
    for (const { block } of ranked) {
      if (kept.length === keep) break;
      if (!kept.some((other) => other.width === block.width)) kept.push(block);
    }
    return kept;
  }
}

/** The argument (`top`) with the tray of loose nodes below it, as wide as it or `TRAY_MIN_WIDTH`. */
function withTray(top: Block | null, loose: readonly Block[]): Block {
  if (loose.length === 0 && top) return top;
  const tray = shelves(loose, Math.max(top?.width ?? 0, TRAY_MIN_WIDTH));
  if (!top) return tray;
  return {
    width: Math.max(top.width, tray.width),
    height: top.height + TRAY_GAP + tray.height,
    head: top.head,
    tail: top.tail,
    top: top.top,
    bottom: bottomOf([top.bottom, shifted(tray.bottom, 0, top.height + TRAY_GAP)]),
    place(x, y, out) {
      top.place(x, y, out);
      tray.place(x, y + top.height + TRAY_GAP, out);
    },
  };
}

/**
 * The whole map: the argument's trees (or the thesis's reasons, when there is one tree) in rows wrapped
 * at the width that makes the whole, loose nodes included, the densest near `ASPECT`.
 */
function arrangeTree(
  tree: SpanningTree,
  sizes: ReadonlyMap<string, Size>,
  isThesis: (id: string) => boolean,
): Map<string, Position> {
  let best: Block | undefined;
  for (const lean of LEANS) {
    const block = arrangeLeaning(tree, sizes, isThesis, lean);
    if (!best || better(block, best)) best = block;
    // A large map settles for the first shape within bounds: each try costs a whole arrangement.
    if (sizes.size > LARGE && miss(best) <= FITS) break;
  }
  const positions = new Map<string, Position>();
  best?.place(0, 0, positions);
  return positions;
}

const miss = (block: Block) => Math.abs(Math.log(block.width / Math.max(1, block.height) / ASPECT));
/** How wide a block is once fitted to a screen of shape `ASPECT`: the smaller, the larger it shows. */
const fitted = (block: Block) => Math.max(block.width, block.height * ASPECT);
/** Whether `a` is the better whole: within bounds and larger on screen, or nearer the bounds. */
const better = (a: Block, b: Block) =>
  miss(a) <= FITS ? miss(b) > FITS || fitted(a) < fitted(b) : miss(a) < miss(b);

function arrangeLeaning(
  tree: SpanningTree,
  sizes: ReadonlyMap<string, Size>,
  isThesis: (id: string) => boolean,
  lean: number,
): Block {
  const arrangement = new Arrangement(tree, sizes, lean);
  const tops = tree.roots.filter((id) => tree.children.has(id) || isThesis(id));
  tops.sort((a, b) => Number(isThesis(b)) - Number(isThesis(a)));
  const loose = tree.roots.filter((id) => !tree.children.has(id) && !isThesis(id)).map(arrangement.cardOf);
  const single = tops.length === 1 ? (tops[0] as string) : undefined;
  const items =
    single !== undefined ? arrangement.reasonsOf(single) : tops.map((id) => arrangement.subtree(id));
  const topAt = (width: number): Block | null => {
    if (items.length === 0) return single !== undefined ? arrangement.cardOf(single) : null;
    const wrapped = rows(items, width);
    return single !== undefined ? claimAbove(arrangement.cardOf(single), wrapped) : wrapped;
  };
  const full = items.reduce((sum, item) => sum + (item[0] as Block).width + SIBLING_GAP, -SIBLING_GAP);
  let best = withTray(topAt(widest(items)), loose);
  for (let width = widest(items) * 1.1; width < full * 1.1; width *= 1.1) {
    const candidate = withTray(topAt(width), loose);
    if (better(candidate, best)) best = candidate;
  }
  return best;
}

/**
 * Lays out nodes as a compact tree: each claim above its reasons, reasons with none of their own stacked
 * in columns, a claim's subtrees side by side in rows that wrap, so that the map comes out about
 * `ASPECT` times as wide as it is tall. A reason of several claims hangs below the deepest of them (the
 * longest chain up to the top); its other links are drawn but do not stretch the layout, so they may
 * reach a claim placed lower, in another row. Top-left corner at (0, 0).
 */
export function arrangeCompact(
  ids: readonly string[],
  links: readonly Link[],
  sizes: ReadonlyMap<string, Size>,
  isThesis: (id: string) => boolean,
): Map<string, Position> {
  return arrangeTree(spanningTree(ids, links), sizes, isThesis);
}
