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

type RenderedImage = Awaited<ReturnType<typeof renderAsync>>;

export interface PngOptions {
  scale: number;
  background: SvgOptions['background'];
  fonts: InterFonts;
  /** Text chunks to carry, by keyword (the embedded map, the title). */
  texts?: Record<string, string>;
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
  const bandRows = Math.max(1, Math.floor(BAND_BYTES / (width * 4)));
  const bands = Math.ceil(height / bandRows);
  const resvg = resvgOptions(options.fonts);
  const drawBand = (band: number) => {
    const top = band * bandRows;
    const rows = Math.min(bandRows, height - top);
    const region = {
      x: scene.bounds.x,
      y: scene.bounds.y + top / options.scale,
      width: width / options.scale,
      height: rows / options.scale,
    };
    const svg = renderSvg(scene, { background: options.background, frame: { region, width, height: rows } });
    // resvg draws on a worker thread, so main stays responsive (menus, other windows, a cancel request).
    // (Its own abort signal is napi-rs's, not Node's: a cancel is checked between bands instead.)
    return renderAsync(svg, resvg);
  };
  // resvg draws on libuv's threads: keep a band in flight for each core, so both cores draw while the
  // band before is filtered here and compressed on another thread.
  const inFlight = Math.min(bands, BANDS_IN_FLIGHT);
  const drawing: Promise<RenderedImage>[] = [];
  for (let band = 0; band < inFlight; band++) drawing.push(drawBand(band));
  try {
    for (let band = 0; band < bands; band++) {
      const image = await (drawing[band] as Promise<RenderedImage>);
      drawing[band] = DONE;
      options.signal?.throwIfAborted();
      if (band + inFlight < bands) drawing.push(drawBand(band + inFlight));
      await encoder.writeRows(image.pixels);
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
const DONE: Promise<RenderedImage> = Promise.resolve({ pixels: new Uint8Array() } as RenderedImage);
