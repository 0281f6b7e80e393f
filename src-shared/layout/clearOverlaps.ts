import type { Position, Size } from '../model/map';
import { STACK_GAP } from './spacing';

export interface Box extends Position, Size {}

/** Room kept around a box (the least the layout leaves between cards); a shortfall smaller than `SLACK` is rounding, not overlap. */
const CLEARANCE = STACK_GAP;
const SLACK = 1e-3;

const tooClose = (a: Box, b: Box) =>
  a.x < b.x + b.width + CLEARANCE - SLACK &&
  b.x < a.x + a.width + CLEARANCE - SLACK &&
  a.y < b.y + b.height + CLEARANCE - SLACK &&
  b.y < a.y + a.height + CLEARANCE - SLACK;

/** Boxes filed by horizontal band, so a box is compared only with boxes at about its height. */
class Bands {
  private readonly bands = new Map<number, Box[]>();
  constructor(private readonly bandHeight: number) {}

  private span(box: Box): [number, number] {
    return [Math.floor(box.y / this.bandHeight), Math.floor((box.y + box.height) / this.bandHeight)];
  }

  add(box: Box): void {
    const [first, last] = this.span({ ...box, y: box.y - CLEARANCE, height: box.height + 2 * CLEARANCE });
    for (let band = first; band <= last; band++) {
      const list = this.bands.get(band);
      if (list) list.push(box);
      else this.bands.set(band, [box]);
    }
  }

  /** How far right `box` must go to clear the boxes it is too close to, or null when it is clear. */
  clearingX(box: Box): number | null {
    const [first, last] = this.span(box);
    let x: number | null = null;
    for (let band = first; band <= last; band++) {
      for (const other of this.bands.get(band) ?? []) {
        if (tooClose(box, other))
          x = Math.max(x ?? Number.NEGATIVE_INFINITY, other.x + other.width + CLEARANCE);
      }
    }
    return x;
  }
}

/**
 * Moves movable boxes right until each clears every fixed box (pinned nodes, nodes left alone) and every
 * movable box placed before it. Boxes go left to right, so neighbours in a row keep their order, and
 * nothing moves up or down, so reasons stay below their claims. Each step passes at least one box, so
 * this ends.
 */
export function clearOverlaps(
  movable: ReadonlyMap<string, Box>,
  fixed: readonly Box[],
): Map<string, Position> {
  const all = [...fixed, ...movable.values()];
  const tallest = all.reduce((max, box) => Math.max(max, box.height), 0);
  const bands = new Bands(Math.max(256, tallest + 2 * CLEARANCE));
  for (const box of fixed) bands.add(box);
  const order = [...movable].sort(([, a], [, b]) => a.x - b.x || a.y - b.y);
  const positions = new Map<string, Position>();
  for (const [id, start] of order) {
    const box = { ...start };
    for (let x = bands.clearingX(box); x !== null; x = bands.clearingX(box)) box.x = x;
    bands.add(box);
    positions.set(id, { x: box.x, y: box.y });
  }
  return positions;
}
