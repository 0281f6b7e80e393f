import type { Size } from '../model/map';

/** Cards' body text is 14 px at zoom 1 (src-renderer/canvas/nodes/nodes.css). */
export const BODY_TEXT_PX = 14;

/** Room kept around a step's focus on screen, in px: its title above, the progress line below. */
export const STEP_MARGINS = { top: 80, bottom: 56, left: 40, right: 40 } as const;

/** A step never shows its focus smaller than zoom 1 (body text 14 px, readable across a room)… */
export const STEP_MIN_ZOOM = 1;
/** …nor larger than this, so that a step of one card does not fill the screen. */
export const STEP_MAX_ZOOM = 1.6;

/** The zoom at which a focus of this size fills a screen within the margins, before the floor. */
export function fittingZoom(focus: Size, screen: Size): number {
  const width = screen.width - STEP_MARGINS.left - STEP_MARGINS.right;
  const height = screen.height - STEP_MARGINS.top - STEP_MARGINS.bottom;
  return Math.min(width / focus.width, height / focus.height);
}

/** Whether a focus of this size can be framed on this screen with body text at 14 px or more. */
export function fitsReadably(focus: Size, screen: Size): boolean {
  return fittingZoom(focus, screen) >= STEP_MIN_ZOOM;
}
