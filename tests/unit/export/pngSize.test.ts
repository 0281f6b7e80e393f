import { DEFAULT_EXPORT_OPTIONS, ExportOptions } from '../../../src-shared/export/exportOptions';
import {
  largestScale,
  MIN_PNG_SCALE,
  PNG_LIMITS,
  pixelSize,
  pngSizeProblem,
} from '../../../src-shared/export/pngSize';

const box = (width: number, height: number) => ({ x: -24, y: -24, width, height });

describe('the size of an exported PNG', () => {
  test('is the drawing’s size times the scale, in whole pixels', () => {
    expect(pixelSize(box(1000, 500), 2)).toEqual({ width: 2000, height: 1000 });
    expect(pixelSize(box(1001, 333), 1.5)).toEqual({ width: 1502, height: 500 });
  });

  test('is fine within the limits, even far past a browser canvas’s 32,767 px', () => {
    expect(pngSizeProblem(box(21_448, 1_350), 2)).toBeNull();
  });

  test('past the limits, the message names the size and the largest scale that works', () => {
    const message = pngSizeProblem(box(60_000, 20_000), 2);
    expect(message).toContain('120,000 × 40,000 px');
    const fits = largestScale(box(60_000, 20_000));
    expect(message).toContain(`The largest scale that works for this drawing is ${fits}×.`);
    const size = pixelSize(box(60_000, 20_000), fits);
    expect(size.width).toBeLessThanOrEqual(PNG_LIMITS.side);
    expect(size.width * size.height).toBeLessThanOrEqual(PNG_LIMITS.pixels);
    expect(pngSizeProblem(box(60_000, 20_000), fits)).toBeNull();
  });

  test('the scale a refusal names is one the export options accept, down to 0.1', () => {
    const wide = box(400_000, 3_000);
    const fits = largestScale(wide);
    expect(fits).toBeLessThan(1);
    expect(ExportOptions.safeParse({ ...DEFAULT_EXPORT_OPTIONS, scale: fits }).success).toBe(true);
    expect(pngSizeProblem(wide, fits)).toBeNull();
  });

  test('a drawing too large even at 0.1× is sent to SVG or PDF, naming no scale', () => {
    const huge = box(3_000_000, 3_000_000);
    expect(largestScale(huge)).toBeLessThan(MIN_PNG_SCALE);
    expect(pngSizeProblem(huge, MIN_PNG_SCALE)).toContain('Export it as SVG or PDF instead.');
    expect(ExportOptions.safeParse({ ...DEFAULT_EXPORT_OPTIONS, scale: 0.09 }).success).toBe(false);
  });
});
