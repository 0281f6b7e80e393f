/** Chromium's canvas limits: a side of at most 32,767 px and at most 268,435,456 px in all. */
export const CANVAS_LIMITS = { side: 32_767, area: 268_435_456 } as const;

/**
 * The scale to draw at: the one asked for, or the largest below it that fits the canvas limits
 * (rounded down to a hundredth), so a large map exports smaller rather than not at all.
 */
export function fittingScale(width: number, height: number, wanted: number): number {
  const largest = Math.min(
    CANVAS_LIMITS.side / width,
    CANVAS_LIMITS.side / height,
    Math.sqrt(CANVAS_LIMITS.area / (width * height)),
  );
  return Math.min(wanted, Math.floor(largest * 100) / 100);
}
