import { DEFAULT_EXPORT_OPTIONS } from '../src-shared/export/exportOptions';
import { MAX_PNG_SCALE, MIN_PNG_SCALE, pixelSize } from '../src-shared/export/pngSize';
import type { ArgMap } from '../src-shared/model/map';
import { loadEngine } from './argmapExport';
import { formatCount } from './measure';

/** The large PNG issue 19 measured: a 1,000-node map at about 55 million pixels. */
export const LARGE_PNG_PIXELS = 55_000_000;

export interface LargePng {
  /** The `--scale` to pass, to two decimals. */
  scale: number;
  /** The map's drawing at 1×, in pixels, as the export engine lays it out. */
  drawing: { width: number; height: number };
  /** The PNG's size at `scale`. */
  width: number;
  height: number;
}

/** The scale, to two decimals and within what `--scale` accepts, that draws `drawing` at about `pixels`. */
export function scaleForPixels(drawing: { width: number; height: number }, pixels: number): number {
  const exact = Math.sqrt(pixels / (drawing.width * drawing.height));
  return Math.min(MAX_PNG_SCALE, Math.max(MIN_PNG_SCALE, Math.round(exact * 100) / 100));
}

/**
 * The PNG of `map` at about LARGE_PNG_PIXELS, from the size the export engine gives its drawing (the
 * auto-layout decides it, so a fixed scale would draw a different number of pixels whenever it changes).
 */
export async function largePngOf(map: ArgMap): Promise<LargePng | { error: string }> {
  const engine = await loadEngine();
  if ('error' in engine) return engine;
  const options = { ...DEFAULT_EXPORT_OPTIONS, format: 'svg' as const, embedMap: false };
  const drawn = await engine.exportMap(map, options, { fonts: engine.fonts });
  if (!drawn.ok) return { error: `the map could not be drawn: ${drawn.message}` };
  const drawing = { width: drawn.width, height: drawn.height };
  const scale = scaleForPixels(drawing, LARGE_PNG_PIXELS);
  return { scale, drawing, ...pixelSize({ x: 0, y: 0, ...drawing }, scale) };
}

/** "1,000 nodes at 0.49× (7,350 × 4,704 px, 34.6 Mpx)". */
export function largePngLabel(nodes: number, png: LargePng): string {
  const megapixels = ((png.width * png.height) / 1e6).toFixed(1);
  return `${formatCount(nodes)} nodes at ${png.scale}× (${formatCount(png.width)} × ${formatCount(png.height)} px, ${megapixels} Mpx)`;
}
