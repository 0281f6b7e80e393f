/**
 * The outline of a laid-out block, as seen from above or below: for each stretch of x, how high its
 * cards start (`top`) or how low they reach (`bottom`). Blocks are packed by their outlines, not their
 * bounding boxes, so a subtree's short side tucks into the room beside another's long one.
 */
export interface Span {
  /** From `x0` (included) to `x1` (excluded). */
  x0: number;
  x1: number;
  y: number;
}

/** Spans in order of x, none overlapping; x where no span lies is empty. */
export type Outline = readonly Span[];

export const flat = (width: number, y: number): Outline => [{ x0: 0, x1: width, y }];

export const shifted = (outline: Outline, dx: number, dy: number): Outline =>
  outline.map(({ x0, x1, y }) => ({ x0: x0 + dx, x1: x1 + dx, y: y + dy }));

/**
 * Outlines laid over each other, keeping at each x the y that `pick` prefers (the least for a top,
 * the greatest for a bottom); neighbouring spans at one y become one.
 */
export function merged(outlines: readonly Outline[], pick: (a: number, b: number) => number): Outline {
  const edges: number[] = [];
  for (const outline of outlines) for (const { x0, x1 } of outline) edges.push(x0, x1);
  edges.sort((a, b) => a - b);
  const at = outlines.map(() => 0);
  const result: Span[] = [];
  for (let e = 0; e + 1 < edges.length; e++) {
    const [x0, x1] = [edges[e] as number, edges[e + 1] as number];
    if (x0 === x1) continue;
    let y: number | undefined;
    for (let o = 0; o < outlines.length; o++) {
      const outline = outlines[o] as Outline;
      let i = at[o] as number;
      while (i < outline.length && (outline[i] as Span).x1 <= x0) i++;
      at[o] = i;
      const span = outline[i];
      if (span && span.x0 <= x0) y = y === undefined ? span.y : pick(y, span.y);
    }
    if (y === undefined) continue;
    const last = result.at(-1);
    if (last && last.x1 === x0 && last.y === y) last.x1 = x1;
    else result.push({ x0, x1, y });
  }
  return result;
}

export const topOf = (outlines: readonly Outline[]) => merged(outlines, Math.min);
export const bottomOf = (outlines: readonly Outline[]) => merged(outlines, Math.max);

/**
 * The ground blocks settle on: the bottoms of those placed so far, widened by `sideGap` to each side
 * and lowered by `gap`, so that what settles on it keeps its distance. Empty ground lies at 0.
 */
export class Ground {
  private spans: Outline = [];

  /** The x where the ground changes height: where a block's edge may usefully go. */
  edges(): number[] {
    const edges: number[] = [];
    for (const { x0, x1 } of this.spans) edges.push(x0, x1);
    return edges;
  }

  /** How low the ground reaches from `from` to `to`. */
  highest(from: number, to: number): number {
    let y = 0;
    const spans = this.spans;
    let [lo, hi] = [0, spans.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((spans[mid] as Span).x1 <= from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < spans.length && (spans[i] as Span).x0 < to; i++)
      y = Math.max(y, (spans[i] as Span).y);
    return y;
  }

  /** The highest a block with top outline `top` can rest with its left edge at `x`. */
  restingY(top: Outline, x: number): number {
    let y = 0;
    for (const span of top) y = Math.max(y, this.highest(x + span.x0, x + span.x1) - span.y);
    return y;
  }

  raise(bottom: Outline, gap: number, sideGap: number): void {
    // Widened spans may overlap their neighbours: sort them into runs that do not overlap, then lay
    // all the runs over the ground at once.
    const runs: Span[][] = [];
    for (const { x0, x1, y } of bottom) {
      const span = { x0: x0 - sideGap, x1: x1 + sideGap, y: y + gap };
      const run = runs.find((spans) => (spans.at(-1) as Span).x1 <= span.x0);
      if (run) run.push(span);
      else runs.push([span]);
    }
    this.spans = bottomOf([this.spans, ...runs]);
  }
}

/** The area between a block's top and bottom outlines: what it takes up once packed with others. */
export function outlineArea(block: { top: Outline; bottom: Outline }): number {
  let area = 0;
  for (const { x0, x1, y } of block.bottom) area += (x1 - x0) * y;
  for (const { x0, x1, y } of block.top) area -= (x1 - x0) * y;
  return area;
}
