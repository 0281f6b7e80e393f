import { Resvg } from '@resvg/resvg-js';
import { PngEncoder } from '../../../src-main/export/pngEncoder';
import { densityChunk, densityOf } from '../../../src-shared/export/pngChunks';

/** Decodes a PNG with resvg's own decoder (an image in an SVG), so the test does not trust the encoder's reading of it. */
function decode(png: Uint8Array, width: number, height: number): Uint8Array {
  const href = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image href="${href}" width="${width}" height="${height}" image-rendering="optimizeSpeed"/></svg>`;
  return new Resvg(svg).render().pixels;
}

/** Premultiplied RGBA, as resvg draws: a gradient, an opaque block and a half-transparent one. */
function pattern(width: number, height: number): Uint8Array {
  const pixels = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const alpha = x < width / 2 ? 255 : 128;
      const [r, g, b] = [(x * 7) % 256, (y * 13) % 256, 200];
      pixels.set(
        [Math.round((r * alpha) / 255), Math.round((g * alpha) / 255), Math.round((b * alpha) / 255), alpha],
        i,
      );
    }
  }
  return pixels;
}

describe('the PNG encoder', () => {
  test('writes bands of rows into one image that a PNG decoder reads back pixel for pixel', async () => {
    const [width, height] = [37, 23];
    const pixels = pattern(width, height);
    const encoder = new PngEncoder(width, height, [densityChunk(192)]);
    // Bands of uneven heights: every row lands in order, whatever band it came in.
    for (const [from, to] of [
      [0, 5],
      [5, 6],
      [6, 23],
    ] as const) {
      await encoder.writeRows(pixels.slice(from * width * 4, to * width * 4));
    }
    const png = await encoder.finish();
    expect(new DataView(png.buffer, png.byteOffset).getUint32(16)).toBe(width);
    expect(densityOf(png)).toBeCloseTo(192, 0);
    const decoded = decode(png, width, height);
    let worst = 0;
    for (let i = 0; i < pixels.length; i++)
      worst = Math.max(worst, Math.abs((decoded[i] as number) - (pixels[i] as number)));
    // Un-premultiplying and premultiplying again rounds each channel by at most one step.
    expect(worst).toBeLessThanOrEqual(1);
  });

  test('refuses rows that do not fit, and an image left unfinished', async () => {
    const encoder = new PngEncoder(4, 2);
    await expect(encoder.writeRows(new Uint8Array(4 * 4 * 3))).rejects.toThrow('do not fit');
    await encoder.writeRows(new Uint8Array(4 * 4));
    await expect(encoder.finish()).rejects.toThrow("Only 1 of the image's 2 rows were drawn.");
    encoder.abandon();
  });
});
