import { CANVAS_LIMITS, fittingScale } from '../../../src-shared/export/pngSize';

describe('the scale a PNG is drawn at', () => {
  test('is the one asked for when the image fits', () => {
    expect(fittingScale(2000, 1200, 2)).toBe(2);
  });

  test('drops, to a hundredth, until the longest side fits', () => {
    const scale = fittingScale(21_400, 1_300, 2);
    expect(scale).toBe(1.53);
    expect(21_400 * scale).toBeLessThanOrEqual(CANVAS_LIMITS.side);
  });

  test('drops until the whole area fits', () => {
    const scale = fittingScale(15_000, 15_000, 2);
    expect(15_000 * 15_000 * scale * scale).toBeLessThanOrEqual(CANVAS_LIMITS.area);
    expect(scale).toBeGreaterThan(1);
  });
});
