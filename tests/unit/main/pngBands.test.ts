import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { measureFor } from '../../../src-main/export/exportMap';
import { renderPng } from '../../../src-main/export/renderPng';
import { loadInterFonts } from '../../../src-main/files/interFonts';
import { DEFAULT_EXPORT_OPTIONS } from '../../../src-shared/export/exportOptions';
import { exportScene } from '../../../src-shared/export/exportScene';
import { pixelSize } from '../../../src-shared/export/pngSize';
import type { Scene } from '../../../src-shared/export/sceneTypes';
import { loadMapFromText } from '../../../src-shared/load/loadMap';
import { isRefusal } from '../../../src-shared/ops/refusal';

/** Decodes a PNG with resvg's own decoder (an image in an SVG), not with anything the export uses. */
function decode(png: Uint8Array, width: number, height: number): Uint8Array {
  const href = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image href="${href}" width="${width}" height="${height}" image-rendering="optimizeSpeed"/></svg>`;
  return new Resvg(svg).render().pixels;
}

async function bundledScene(): Promise<Scene> {
  const loaded = loadMapFromText(readFileSync('maps/article.argmap.json', 'utf8'));
  if (!loaded.ok) throw new Error('the bundled map did not load');
  const scene = exportScene(loaded.value, DEFAULT_EXPORT_OPTIONS, measureFor(await loadInterFonts()));
  if (isRefusal(scene)) throw new Error(scene.refused);
  return scene;
}

/**
 * tiny-skia rounds coordinates relative to the band it draws, so a few anti-aliased pixels differ by a
 * shade or two wherever a band starts; a seam is a different matter (tens of shades along a row).
 */
const SHADE = 8;

describe('a PNG drawn in bands', () => {
  test('joins its bands without a seam: the image drawn in one band, to a shade, across every boundary', async () => {
    const [scene, fonts] = [await bundledScene(), await loadInterFonts()];
    const scale = 0.25;
    const { width, height } = pixelSize(scene.bounds, scale);
    const options = { scale, background: 'theme' as const, fonts };
    const whole = decode(await renderPng(scene, { ...options, bandRows: height }), width, height);
    // Bands of 37 rows: boundaries fall through cards, text and links alike, and several are drawn at once.
    const bandRows = 37;
    expect(height).toBeGreaterThan(4 * bandRows);
    const banded = decode(await renderPng(scene, { ...options, bandRows }), width, height);
    expect(banded.length).toBe(whole.length);
    const stride = width * 4;
    const worst = (from: number, to: number) => {
      let most = 0;
      for (let i = from * stride; i < to * stride; i++)
        most = Math.max(most, Math.abs((banded[i] as number) - (whole[i] as number)));
      return most;
    };
    for (let boundary = bandRows; boundary < height; boundary += bandRows) {
      // The rows on either side of a boundary are where a seam shows: links cut at the band's edge were
      // drawn up to 102 of 255 off before each band was drawn with a margin.
      expect(worst(boundary - 2, boundary + 2), `rows ${boundary - 2}–${boundary + 1}`).toBeLessThanOrEqual(
        SHADE,
      );
    }
    expect(worst(0, height)).toBeLessThanOrEqual(SHADE);
  }, 60_000); // two whole drawings of the bundled map
});
