import type { Box } from './sceneTypes';

/**
 * The largest PNG Argmap writes. It draws in strips, so memory is not the limit; these keep a file
 * within what image viewers and slide tools open (and a mistaken 4× of a huge map from running for minutes).
 */
export const PNG_LIMITS = { side: 100_000, pixels: 500_000_000 } as const;

/** The scales a PNG may be drawn at, in pixels a canvas px: the dialog and `--scale` accept any in between. */
export const MIN_PNG_SCALE = 0.1;
export const MAX_PNG_SCALE = 4;

/** The pixel size of a drawing of `bounds` at `scale`. */
export function pixelSize(bounds: Box, scale: number): { width: number; height: number } {
  return {
    width: Math.max(1, Math.ceil(bounds.width * scale)),
    height: Math.max(1, Math.ceil(bounds.height * scale)),
  };
}

/** The largest scale (in hundredths) at which a drawing of `bounds` stays within the limits. */
export function largestScale(bounds: Box): number {
  const largest = Math.min(
    PNG_LIMITS.side / bounds.width,
    PNG_LIMITS.side / bounds.height,
    Math.sqrt(PNG_LIMITS.pixels / (bounds.width * bounds.height)),
  );
  return Math.floor(largest * 100) / 100;
}

/** Why a PNG of `bounds` at `scale` cannot be made, naming the scale that works; null when it can. */
export function pngSizeProblem(bounds: Box, scale: number): string | null {
  const { width, height } = pixelSize(bounds, scale);
  if (width <= PNG_LIMITS.side && height <= PNG_LIMITS.side && width * height <= PNG_LIMITS.pixels)
    return null;
  const format = (n: number) => n.toLocaleString('en-US');
  const fits = largestScale(bounds);
  return (
    `At ${scale}× the image would be ${format(width)} × ${format(height)} px, more than Argmap writes ` +
    `(${format(PNG_LIMITS.side)} px a side, ${format(PNG_LIMITS.pixels / 1e6)} million pixels). ` +
    (fits >= MIN_PNG_SCALE
      ? `The largest scale that works for this drawing is ${fits}×.`
      : 'Export it as SVG or PDF instead.')
  );
}
