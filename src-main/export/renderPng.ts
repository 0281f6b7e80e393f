import { availableParallelism } from 'node:os';
import { renderAsync } from '@resvg/resvg-js/js-binding.js';
import { INTER_CUTS, type InterFonts } from '../../src-shared/export/interFonts';
import { densityChunk, textChunk } from '../../src-shared/export/pngChunks';
import { pixelSize } from '../../src-shared/export/pngSize';
import { renderSvg, type SvgOptions } from '../../src-shared/export/renderSvg';
import type { Scene } from '../../src-shared/export/sceneTypes';
import { PngEncoder } from './pngEncoder';

/** Pixels drawn at once: a band of rows this many bytes big (the image's width decides its height). */
const BAND_BYTES = 32 * 1024 * 1024;
/** Bands drawn at once: one per core (two on the machines Argmap is measured on), at most four (libuv's threads). */
const BANDS_IN_FLIGHT = Math.max(2, Math.min(4, availableParallelism()));
/** Rows drawn beyond each side of a band and dropped, so that no curve is cut at the band's edge. */
const BAND_MARGIN = 16;

export interface PngOptions {
  scale: number;
  background: SvgOptions['background'];
  fonts: InterFonts;
  /** Text chunks to carry, by keyword (the embedded map, the title). */
  texts?: Record<string, string>;
  /** Rows drawn at once; by default as many as fit 32 MB. */
  bandRows?: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

const optionsFor = new WeakMap<InterFonts, string>();

/**
 * resvg's options as the JSON its binding reads. The package's own wrapper stringifies the options on
 * every call, font buffers included (megabytes of JSON a band): the binding is called with it made once.
 */
function resvgOptions(fonts: InterFonts): string {
  let json = optionsFor.get(fonts);
  if (!json) {
    // Only the bundled Inter: the image must not depend on what fonts the machine has.
    const fontBuffers = INTER_CUTS.map((cut) => Buffer.from(fonts[cut]));
    json = JSON.stringify({ font: { fontBuffers, loadSystemFonts: false, defaultFontFamily: 'Inter' } });
    optionsFor.set(fonts, json);
  }
  return json;
}

/**
 * The scene as a PNG: the very SVG Argmap exports, drawn by resvg with the bundled Inter, band by band,
 * so the size of the image is not bounded by one canvas. Its density is recorded (96 dpi × scale).
 */
export async function renderPng(scene: Scene, options: PngOptions): Promise<Uint8Array> {
  const { width, height } = pixelSize(scene.bounds, options.scale);
  const chunks = [
    densityChunk(96 * options.scale),
    ...Object.entries(options.texts ?? {}).map(([keyword, text]) => textChunk(keyword, text)),
  ];
  const encoder = new PngEncoder(width, height, chunks);
  const bandRows = options.bandRows ?? Math.max(1, Math.floor(BAND_BYTES / (width * 4)));
  const bands = Math.ceil(height / bandRows);
  const resvg = resvgOptions(options.fonts);
  const drawBand = async (band: number): Promise<Uint8Array> => {
    // Each band is drawn with a margin of rows above and below that is then dropped: tiny-skia cuts a
    // curve where it leaves the image, and a curve cut at the band's edge is drawn a shade differently
    // from the same curve drawn whole (a visible seam, up to 102 of 255 on thin links).
    const top = Math.max(0, band * bandRows - BAND_MARGIN);
    const keptFrom = band * bandRows - top;
    const kept = Math.min(bandRows, height - band * bandRows);
    const rows = Math.min(height, band * bandRows + kept + BAND_MARGIN) - top;
    const region = {
      x: scene.bounds.x,
      y: scene.bounds.y + top / options.scale,
      width: width / options.scale,
      height: rows / options.scale,
    };
    const svg = renderSvg(scene, { background: options.background, frame: { region, width, height: rows } });
    // resvg draws on a worker thread, so main stays responsive (menus, other windows, a cancel request).
    // (Its own abort signal is napi-rs's, not Node's: a cancel is checked between bands instead.)
    const image = await renderAsync(svg, resvg);
    // The kept rows, as a view: the band is not copied again.
    return image.pixels.subarray(keptFrom * width * 4, (keptFrom + kept) * width * 4);
  };
  // resvg draws on libuv's threads: keep a band in flight for each core, so both cores draw while the
  // band before is filtered here and compressed on another thread.
  const inFlight = Math.min(bands, BANDS_IN_FLIGHT);
  const drawing: Promise<Uint8Array>[] = [];
  for (let band = 0; band < inFlight; band++) drawing.push(drawBand(band));
  try {
    for (let band = 0; band < bands; band++) {
      const pixels = await (drawing[band] as Promise<Uint8Array>);
      drawing[band] = DONE;
      options.signal?.throwIfAborted();
      if (band + inFlight < bands) drawing.push(drawBand(band + inFlight));
      await encoder.writeRows(pixels);
      options.onProgress?.(band + 1, bands);
    }
    options.signal?.throwIfAborted();
    return await encoder.finish();
  } catch (error) {
    encoder.abandon();
    for (const pending of drawing) pending.catch(() => undefined); // bands still being drawn when the export stopped
    throw error;
  }
}

/** A band already taken, so its pixels can be collected while later bands are drawn. */
const DONE: Promise<Uint8Array> = Promise.resolve(new Uint8Array());
