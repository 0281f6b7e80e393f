import fc from 'fast-check';
import { layoutShape } from '../../../src-shared/layout/shape';
import { widenTo } from '../../../src-shared/layout/widen';
import type { Position, Size } from '../../../src-shared/model/map';

type Box = Position & Size;
const boxesOf = (positions: ReadonlyMap<string, Position>, sizes: ReadonlyMap<string, Size>): Box[] =>
  [...positions].map(([id, position]) => ({ ...position, ...(sizes.get(id) as Size) }));
const overlapping = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Cards in a grid of `columns` × `rows` cells, some cells empty, of random sizes that fit their cell. */
const gridLayout = fc
  .record({
    columns: fc.integer({ min: 2, max: 6 }),
    rows: fc.integer({ min: 2, max: 30 }),
    cells: fc.array(
      fc.record({
        width: fc.integer({ min: 40, max: 280 }),
        height: fc.integer({ min: 30, max: 160 }),
        on: fc.boolean(),
      }),
      { minLength: 180, maxLength: 180 },
    ),
  })
  .map(({ columns, rows, cells }) => {
    const positions = new Map<string, Position>();
    const sizes = new Map<string, Size>();
    for (let row = 0; row < rows; row++)
      for (let column = 0; column < columns; column++) {
        const cell = cells[row * columns + column] as { width: number; height: number; on: boolean };
        if (!cell.on && column + row > 0) continue;
        const id = `${row}.${column}`;
        positions.set(id, { x: column * 320, y: row * 200 });
        sizes.set(id, { width: cell.width, height: cell.height });
      }
    return { positions, sizes };
  });

describe('spreading a tall layout sideways', () => {
  test('a layout taller than it may be becomes as wide as asked, each card keeping its size and height', () => {
    fc.assert(
      fc.property(gridLayout, ({ positions, sizes }) => {
        const before = layoutShape(boxesOf(positions, sizes));
        const widened = widenTo(positions, sizes, 0.8);
        const after = layoutShape(boxesOf(widened, sizes));
        const spreadable = [...positions.values()].some((p) => p.x > 0);
        if (before.aspect >= 0.8 || !spreadable) expect(widened).toEqual(positions);
        else expect(after.aspect).toBeCloseTo(0.8, 6);
        expect(after.height).toBe(before.height);
        for (const [id, { y }] of widened) expect(y).toBe(positions.get(id)?.y);
      }),
    );
  });

  test('nothing comes to overlap, and cards side by side keep their order and at least their gap', () => {
    fc.assert(
      fc.property(gridLayout, ({ positions, sizes }) => {
        const widened = widenTo(positions, sizes, 0.8);
        const ids = [...positions.keys()];
        for (const a of ids)
          for (const b of ids) {
            if (a === b) continue;
            const at = (layout: ReadonlyMap<string, Position>, id: string) => layout.get(id) as Position;
            const [pa, pb, wa, wb] = [at(positions, a), at(positions, b), at(widened, a), at(widened, b)];
            const size = sizes.get(a) as Size;
            if (pa.x + size.width <= pb.x)
              expect(wb.x - (wa.x + size.width)).toBeGreaterThanOrEqual(pb.x - (pa.x + size.width) - 1e-9);
            expect(overlapping({ ...wa, ...size }, { ...wb, ...(sizes.get(b) as Size) })).toBe(false);
          }
      }),
      { numRuns: 30 },
    );
  });

  test('a single column of cards has nothing to spread, and stays as it is', () => {
    const positions = new Map([0, 1, 2, 3].map((i) => [`n${i}`, { x: 10, y: i * 200 }]));
    const sizes = new Map([0, 1, 2, 3].map((i) => [`n${i}`, { width: 200, height: 100 }]));
    expect(widenTo(positions, sizes, 0.8)).toEqual(positions);
  });
});
