import type { LinkPiece } from './linkPieces';

/** A rectangle of the map, in map units. */
export interface Region {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** How finely the region follows the view: it moves in steps of a quarter of the screen's longer side. */
const STEPS_PER_SCREEN = 4;

/**
 * The part of the map whose link pieces are kept in the page: the view and a margin of at least a
 * quarter screen around it, snapped to a grid (at zoom rounded down to a power of √2), so that it changes
 * only after the view has moved by a quarter screen or zoomed by √2, not on every frame of a pan.
 * `transform` is React Flow's: x, y, zoom. Null before the canvas has a size.
 */
export function drawnRegion(
  [x, y, zoom]: readonly [number, number, number],
  width: number,
  height: number,
): Region | null {
  if (width <= 0 || height <= 0 || zoom <= 0) return null;
  // At this zoom or more the view spans at most `STEPS_PER_SCREEN` steps each way.
  const screen = Math.max(width, height) / Math.SQRT2 ** Math.floor(2 * Math.log2(zoom));
  const step = screen / STEPS_PER_SCREEN;
  const left = Math.floor(-x / zoom / step) * step;
  const top = Math.floor(-y / zoom / step) * step;
  return {
    left: left - step,
    top: top - step,
    right: left + screen + 2 * step,
    bottom: top + screen + 2 * step,
  };
}

/**
 * Which of a link's pieces cross `region`, as their indexes joined by commas ("" for none), so that a
 * link is drawn again only when that changes. Without a region, every piece.
 */
export function piecesIn(pieces: readonly LinkPiece[], region: Region | null): string {
  const shown: number[] = [];
  pieces.forEach((piece, i) => {
    if (!region || meets(piece, region)) shown.push(i);
  });
  return shown.join(',');
}

/** Whether two rectangles of the map overlap (or touch). */
export const meets = (a: Region, b: Region): boolean =>
  a.right >= b.left && a.left <= b.right && a.bottom >= b.top && a.top <= b.bottom;
