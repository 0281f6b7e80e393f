import { describe, expect, it } from 'vitest';
import {
  type Cubic,
  curvePart,
  LINK_PIECE,
  linkPieces,
  parseCubic,
} from '../../../src-renderer/canvas/linkPieces';

/** A point of a cubic at t, computed straight from the Bernstein form. */
function pointAt(c: Cubic, t: number): [number, number] {
  const m = 1 - t;
  const w = [m ** 3, 3 * m * m * t, 3 * m * t * t, t ** 3];
  return [0, 1].map((axis) => w.reduce((sum, wi, i) => sum + wi * (c[2 * i + axis] as number), 0)) as [
    number,
    number,
  ];
}

// A cross link of the compact layout: a reason 15,000 px to the right of its claim, a little lower.
const LONG = 'M15500,364 C15500,338 140,338 140,312';

describe('a long link drawn in pieces', () => {
  it('keeps a short link as one path, exactly as React Flow made it', () => {
    const path = 'M140,200 C140,164 140,164 140,128';
    expect(linkPieces(path).map((piece) => piece.d)).toEqual([path]);
  });

  it('cuts a long link into pieces no longer than the limit, each starting where the last one ended', () => {
    const pieces = linkPieces(LONG).map((piece) => parseCubic(piece.d) as Cubic);
    expect(pieces.length).toBeGreaterThan(15);
    for (const piece of pieces) {
      const polygon =
        Math.hypot(piece[2] - piece[0], piece[3] - piece[1]) +
        Math.hypot(piece[4] - piece[2], piece[5] - piece[3]) +
        Math.hypot(piece[6] - piece[4], piece[7] - piece[5]);
      expect(polygon).toBeLessThan(LINK_PIECE * 1.6);
    }
    for (let i = 1; i < pieces.length; i++) {
      expect(pieces[i]?.[0]).toBeCloseTo(pieces[i - 1]?.[6] as number, 0);
      expect(pieces[i]?.[1]).toBeCloseTo(pieces[i - 1]?.[7] as number, 0);
    }
    expect(pieces[0]?.slice(0, 2)).toEqual([15500, 364]);
    expect(pieces.at(-1)?.slice(6)).toEqual([140, 312]);
  });

  it('gives each piece a box that holds every point of its stretch', () => {
    const whole = parseCubic(LONG) as Cubic;
    const pieces = linkPieces(LONG);
    pieces.forEach((piece, i) => {
      for (const s of [0, 0.3, 0.7, 1]) {
        const [x, y] = pointAt(whole, (i + s) / pieces.length);
        expect(x).toBeGreaterThanOrEqual(piece.left - 0.1);
        expect(x).toBeLessThanOrEqual(piece.right + 0.1);
        expect(y).toBeGreaterThanOrEqual(piece.top - 0.1);
        expect(y).toBeLessThanOrEqual(piece.bottom + 0.1);
      }
    });
  });

  it('traces the same curve: each piece passes through the points of the whole at its stretch', () => {
    const whole = parseCubic(LONG) as Cubic;
    const part = curvePart(whole, 0.25, 0.5);
    for (const s of [0, 0.2, 0.5, 0.8, 1]) {
      const [x, y] = pointAt(part, s);
      const [wx, wy] = pointAt(whole, 0.25 + 0.25 * s);
      expect(x).toBeCloseTo(wx, 6);
      expect(y).toBeCloseTo(wy, 6);
    }
  });

  it('leaves a path that is not a single curve as it is', () => {
    expect(linkPieces('M0,0 L50000,0').map((piece) => piece.d)).toEqual(['M0,0 L50000,0']);
  });
});
