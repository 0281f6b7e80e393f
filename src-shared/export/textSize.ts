import type { Size } from '../model/map';
import { BODY_TEXT_PX } from '../present/stepFrame';

/** A full-HD 16:9 slide, the usual size a projector shows. */
export const SLIDE = { width: 1920, height: 1080 } as const;
/** Below this size on a slide, body text cannot be read from the back of a room. */
export const PROJECTED_READABLE_PX = 12;

/**
 * How large cards' body text comes out: in the file (for images, at `pixelsPerMapPx`) and on a 16:9
 * slide that the whole export is fitted to. `mapSize` is the export's size in map pixels.
 */
export function bodyTextSizes(mapSize: Size, pixelsPerMapPx: number): { inFile: number; onSlide: number } {
  const fit = Math.min(SLIDE.width / mapSize.width, SLIDE.height / mapSize.height);
  return { inFile: BODY_TEXT_PX * pixelsPerMapPx, onSlide: BODY_TEXT_PX * fit };
}
