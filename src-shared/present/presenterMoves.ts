import type { Blackout, PresenterState } from './presenterState';

// The moves that keys and commands are made of. Each returns the same state object when nothing changes.

const ZOOM_FACTOR = 1.25;
const MIN_ZOOM = 0.25;
const MAX_ZOOM = 4;
/** Enough for any tour (at most 5,000 steps), with room for leading zeros. */
const MAX_TYPED_DIGITS = 6;

/** The state with `changes`, or the very same object when they change nothing (so a store can skip a render). */
export function settle(state: PresenterState, changes: Partial<PresenterState>): PresenterState {
  for (const key of Object.keys(changes) as Array<keyof PresenterState>)
    if (changes[key] !== state[key]) return { ...state, ...changes };
  return state;
}

export function clampStep(step: number, stepCount: number): number {
  if (!Number.isFinite(step)) return 0;
  return Math.max(0, Math.min(stepCount - 1, Math.trunc(step)));
}

/** Goes to a step: a blackout lifts, a half-typed number is dropped, and a new step starts unzoomed. */
export function goToStep(state: PresenterState, step: number): PresenterState {
  const target = clampStep(step, state.stepCount);
  const zoom = target === state.step ? state.zoom : 1;
  return settle(state, { step: target, zoom, blackout: 'none', typedNumber: '' });
}

/**
 * Next and previous first lift a blackout without moving, so the audience sees again the step the
 * presenter paused on and nothing is skipped unseen; the next press moves. At either end they stay put.
 */
function stepBy(state: PresenterState, delta: 1 | -1): PresenterState {
  if (state.blackout !== 'none') return settle(state, { blackout: 'none', typedNumber: '' });
  return goToStep(state, state.step + delta);
}

export const next = (state: PresenterState) => stepBy(state, 1);
export const previous = (state: PresenterState) => stepBy(state, -1);
export const first = (state: PresenterState) => goToStep(state, 0);
export const last = (state: PresenterState) => goToStep(state, state.stepCount - 1);

/** The screen a typed step number goes to: where that tour step starts (its first part, when split). */
function screenOfTyped(state: PresenterState): number {
  const typed = Number(state.typedNumber) - 1;
  const starts = state.stepStarts;
  if (!starts || starts.length === 0) return typed;
  return starts[Math.max(0, Math.min(starts.length - 1, typed))] as number;
}

/** Enter goes to a typed step number; in the overview it opens the highlighted step; otherwise it means next. */
export function enter(state: PresenterState): PresenterState {
  if (state.typedNumber !== '') return settle(goToStep(state, screenOfTyped(state)), { overview: false });
  if (state.overview) return settle(state, { overview: false, blackout: 'none' });
  return next(state);
}

/** Multiplies the zoom, within its bounds (rounded, so that zooming in and out again comes back to 1). */
function zoomBy(state: PresenterState, factor: number): PresenterState {
  const zoom = Math.round(Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, state.zoom * factor)) * 1e6) / 1e6;
  return settle(state, { zoom, blackout: 'none' });
}
export const zoomIn = (state: PresenterState) => zoomBy(state, ZOOM_FACTOR);
export const zoomOut = (state: PresenterState) => zoomBy(state, 1 / ZOOM_FACTOR);

/** B on a black screen shows the step again, and on a white one turns it black; W likewise. */
function cover(state: PresenterState, blackout: Blackout): PresenterState {
  return settle(state, { blackout: state.blackout === blackout ? 'none' : blackout });
}
export const black = (state: PresenterState) => cover(state, 'black');
export const white = (state: PresenterState) => cover(state, 'white');

export const toggleOverview = (state: PresenterState) =>
  settle(state, { overview: !state.overview, blackout: 'none' });
export const toggleLaser = (state: PresenterState) =>
  settle(state, { laser: !state.laser, blackout: 'none' });

/** Esc ends the presentation (as in PowerPoint), except that it first drops a half-typed number. */
export function leave(state: PresenterState): PresenterState {
  if (state.typedNumber !== '') return settle(state, { typedNumber: '' });
  return settle(state, { ended: true });
}

export function typeDigit(state: PresenterState, digit: string): PresenterState {
  if (state.typedNumber.length >= MAX_TYPED_DIGITS) return state;
  return settle(state, { typedNumber: state.typedNumber + digit });
}

/** Backspace while typing a number erases its last digit, rather than going back a step. */
export function eraseDigit(state: PresenterState): PresenterState {
  return settle(state, { typedNumber: state.typedNumber.slice(0, -1) });
}
