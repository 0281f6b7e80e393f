import { LARGE_PNG_PIXELS, largePngLabel, scaleForPixels } from '../../../bench/largePng';
import { pixelSize } from '../../../src-shared/export/pngSize';

describe('the large PNG of the command-line bench', () => {
  it('draws about 55 million pixels whatever size the layout gives the map', () => {
    for (const drawing of [
      { width: 15_000, height: 9_600 },
      { width: 13_448, height: 8_506 },
      { width: 40_000, height: 2_000 },
    ]) {
      const scale = scaleForPixels(drawing, LARGE_PNG_PIXELS);
      const png = pixelSize({ x: 0, y: 0, ...drawing }, scale);
      expect(Math.abs(png.width * png.height - LARGE_PNG_PIXELS) / LARGE_PNG_PIXELS).toBeLessThan(0.02);
    }
  });

  it('keeps to the scales --scale accepts', () => {
    expect(scaleForPixels({ width: 100, height: 100 }, LARGE_PNG_PIXELS)).toBe(4);
    expect(scaleForPixels({ width: 400_000, height: 400_000 }, LARGE_PNG_PIXELS)).toBe(0.1);
  });

  it('names the scale and the pixels it draws', () => {
    const png = { scale: 0.69, drawing: { width: 13_448, height: 8_506 }, width: 9_280, height: 5_870 };
    expect(largePngLabel(1000, png)).toBe('1,000 nodes at 0.69× (9,280 × 5,870 px, 54.5 Mpx)');
  });
});
