import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawnRegion, piecesIn } from '../../../src-renderer/canvas/drawnRegion';
import { linkPieces } from '../../../src-renderer/canvas/linkPieces';

/** What a canvas of `width` × `height` shows at React Flow's transform, in map units. */
const view = ([x, y, zoom]: [number, number, number], width: number, height: number) => ({
  left: -x / zoom,
  top: -y / zoom,
  right: (width - x) / zoom,
  bottom: (height - y) / zoom,
});

const transform = fc.tuple(
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.double({ min: 0.05, max: 4, noNaN: true }),
);

describe('the part of the map whose link pieces stay in the page', () => {
  it('holds the view and a quarter screen more on every side, whatever the pan and zoom', () => {
    fc.assert(
      fc.property(
        transform,
        fc.integer({ min: 200, max: 4000 }),
        fc.integer({ min: 200, max: 3000 }),
        (t, w, h) => {
          const region = drawnRegion(t, w, h);
          const shown = view(t, w, h);
          const margin = Math.max(shown.right - shown.left, shown.bottom - shown.top) / 4;
          expect(region).not.toBeNull();
          if (!region) return;
          expect(region.left).toBeLessThanOrEqual(shown.left - margin + 1e-6);
          expect(region.top).toBeLessThanOrEqual(shown.top - margin + 1e-6);
          expect(region.right).toBeGreaterThanOrEqual(shown.right + margin - 1e-6);
          expect(region.bottom).toBeGreaterThanOrEqual(shown.bottom + margin - 1e-6);
          // …and not much more: under three screens across.
          expect(region.right - region.left).toBeLessThanOrEqual(12 * margin + 1e-6);
        },
      ),
    );
  });

  it('stays the same over most frames of a pan, so links are not drawn again on every frame', () => {
    const regions = new Set<string>();
    // A pan of a screen's width at 10 px a frame, at zoom 1 on a 1280 × 800 canvas: 128 frames.
    for (let x = 0; x > -1280; x -= 10) regions.add(JSON.stringify(drawnRegion([x, 0, 1], 1280, 800)));
    expect(regions.size).toBeLessThanOrEqual(5);
  });

  it('is unknown until the canvas has a size', () => {
    expect(drawnRegion([0, 0, 1], 0, 0)).toBeNull();
  });

  it('keeps the pieces of a long link that cross it, and every piece where there is none', () => {
    // A cross link from (15,500, 364) to (140, 312): its pieces run right to left.
    const pieces = linkPieces('M15500,364 C15500,338 140,338 140,312');
    const near = piecesIn(pieces, { left: 0, top: 0, right: 2000, bottom: 1000 }).split(',').map(Number);
    expect(near.length).toBeGreaterThan(0);
    expect(near.length).toBeLessThan(pieces.length / 2);
    for (const i of near) expect(pieces[i]?.left).toBeLessThanOrEqual(2000);
    expect(near).toContain(pieces.length - 1);
    expect(piecesIn(pieces, null).split(',')).toHaveLength(pieces.length);
    expect(piecesIn(pieces, { left: 0, top: 5000, right: 2000, bottom: 6000 })).toBe('');
  });
});
