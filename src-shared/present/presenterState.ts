import { clampStep, goToStep, next, previous, settle } from './presenterMoves';

/** What covers the audience's screen: nothing, a black screen, or a white one. */
export type Blackout = 'none' | 'black' | 'white';

/** Where a presentation of a tour stands. It never holds the map: presenting cannot change the document. */
export interface PresenterState {
  /** The step on screen, from 0; within the tour whenever it has steps. */
  readonly step: number;
  readonly stepCount: number;
  readonly blackout: Blackout;
  /** All steps at once, to pick one with a click (the `jump` command) or the keys. */
  readonly overview: boolean;
  readonly laser: boolean;
  /** 1 fits the step to the screen; each + or − multiplies or divides by 1.25, within 0.25 to 4. */
  readonly zoom: number;
  /** The digits typed so far of a step number to go to with Enter (1-based, as the audience counts). */
  readonly typedNumber: string;
  readonly ended: boolean;
  /**
   * When some steps are split into parts (3a, 3b, …), `step` and `stepCount` count screens, and this
   * says which screen each tour step starts at (a typed step number goes there). Absent: one screen a step.
   */
  readonly stepStarts?: readonly number[];
  /** The size of the room's screen the parts were planned for, so the presenter's window plans the same. */
  readonly screen?: { readonly width: number; readonly height: number };
}

/** A key press, as in a KeyboardEvent: `key` is the event's `key` value (' ' for Space). */
export interface PresenterKeyPress {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/** What a click or the presenter's other window asks for. `step` counts from 0. */
export type PresenterCommand =
  | { type: 'jump'; step: number }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'end' };

/** A presentation of `stepCount` steps, starting at step `startAt` (from 0, clamped into the tour). */
export function initialPresenterState(stepCount: number, startAt = 0): PresenterState {
  const count = Number.isFinite(stepCount) ? Math.max(0, Math.trunc(stepCount)) : 0;
  return {
    step: clampStep(startAt, count),
    stepCount: count,
    blackout: 'none',
    overview: false,
    laser: false,
    zoom: 1,
    typedNumber: '',
    ended: false,
  };
}

/**
 * For clicks in the overview and for the presenter's other window. A jump goes to the step (clamped),
 * closes the overview and lifts a blackout; next and previous behave as their keys do. An ended
 * presentation ignores everything.
 */
export function presenterCommand(state: PresenterState, command: PresenterCommand): PresenterState {
  if (state.ended) return state;
  switch (command.type) {
    case 'jump':
      if (!Number.isFinite(command.step)) return state;
      return settle(goToStep(state, command.step), { overview: false });
    case 'next':
      return next(settle(state, { typedNumber: '' }));
    case 'previous':
      return previous(settle(state, { typedNumber: '' }));
    case 'end':
      return settle(state, { ended: true });
    default:
      return state;
  }
}

export { type PresenterHelpEntry, presenterHelp, presenterKey } from './presenterKeys';
