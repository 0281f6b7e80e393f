import fc from 'fast-check';
import { bottomOf, Ground, type Outline, topOf } from '../../../src-shared/layout/outline';

/** An outline as fast-check builds it: spans in order of x, with gaps, at random heights. */
const outline = fc
  .array(
    fc.tuple(
      fc.integer({ min: 0, max: 80 }),
      fc.integer({ min: 1, max: 120 }),
      fc.integer({ min: 0, max: 500 }),
    ),
    {
      maxLength: 8,
    },
  )
  .map((parts): Outline => {
    let x = 0;
    return parts.map(([gap, width, y]) => {
      const span = { x0: x + gap, x1: x + gap + width, y };
      x = span.x1;
      return span;
    });
  });

/** The outline's y at `x`, or undefined where it has no span. */
const at = (o: Outline, x: number) => o.find((span) => span.x0 <= x && x < span.x1)?.y;

describe('outlines', () => {
  test('laid over each other, keep the least y (a top) or the greatest (a bottom) at every x', () => {
    fc.assert(
      fc.property(outline, outline, (a, b) => {
        const [top, bottom] = [topOf([a, b]), bottomOf([a, b])];
        for (let x = 0; x < 1200; x += 7) {
          const ys = [at(a, x), at(b, x)].filter((y): y is number => y !== undefined);
          expect(at(top, x)).toBe(ys.length > 0 ? Math.min(...ys) : undefined);
          expect(at(bottom, x)).toBe(ys.length > 0 ? Math.max(...ys) : undefined);
        }
      }),
    );
  });

  test('a block resting on the ground keeps its distance from every bottom laid before it', () => {
    fc.assert(
      fc.property(
        fc.array(outline, { maxLength: 4 }),
        outline,
        fc.integer({ min: 0, max: 600 }),
        (bottoms, top, left) => {
          const ground = new Ground();
          for (const bottom of bottoms) ground.raise(bottom, 60, 40);
          const y = ground.restingY(top, left);
          for (const span of top)
            for (const bottom of bottoms)
              for (const below of bottom) {
                const near = below.x0 - 40 < left + span.x1 && left + span.x0 < below.x1 + 40;
                if (near) expect(y + span.y).toBeGreaterThanOrEqual(below.y + 60);
              }
        },
      ),
    );
  });
});
