import {
  black,
  enter,
  eraseDigit,
  first,
  last,
  leave,
  next,
  previous,
  settle,
  toggleLaser,
  toggleOverview,
  typeDigit,
  white,
  zoomIn,
  zoomOut,
} from './presenterMoves';
import type { PresenterKeyPress, PresenterState } from './presenterState';

/** One line of the on-screen help: the keys as printed on a keyboard, and what they do. */
export interface PresenterHelpEntry {
  keys: readonly string[];
  does: string;
}

interface KeyBinding extends PresenterHelpEntry {
  /** `KeyboardEvent.key` values, and 'Shift+Space' for Space with Shift held. */
  codes: readonly string[];
  act: (state: PresenterState, code: string) => PresenterState;
}

const DIGITS = [...'0123456789'];

/**
 * Every presenting key, once: both the reducer and the help are built from this list. Presentation
 * clickers send PageDown and PageUp for their arrows, and B or . for their "blank" button.
 */
const BINDINGS: readonly KeyBinding[] = [
  {
    codes: ['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'Enter', 'n', 'N'],
    keys: ['→', '↓', 'Space', 'Page Down', 'Enter', 'N'],
    does: 'Next step',
    act: (state, code) => (code === 'Enter' ? enter(state) : next(state)),
  },
  {
    codes: ['ArrowLeft', 'ArrowUp', 'Shift+Space', 'PageUp', 'Backspace', 'p', 'P'],
    keys: ['←', '↑', 'Shift+Space', 'Page Up', 'Backspace', 'P'],
    does: 'Previous step',
    act: previous,
  },
  { codes: ['Home'], keys: ['Home'], does: 'First step', act: first },
  { codes: ['End'], keys: ['End'], does: 'Last step', act: last },
  {
    codes: DIGITS,
    keys: ['0–9', 'Enter'],
    does: 'Go to the step with that number',
    act: typeDigit,
  },
  { codes: ['b', 'B', '.'], keys: ['B', '.'], does: 'Black screen, or back from it', act: black },
  { codes: ['w', 'W'], keys: ['W'], does: 'White screen, or back from it', act: white },
  {
    codes: ['o', 'O'],
    keys: ['O'],
    does: 'Overview of all steps; click one to go there',
    act: toggleOverview,
  },
  { codes: ['l', 'L'], keys: ['L'], does: 'Laser pointer on or off', act: toggleLaser },
  { codes: ['+', '='], keys: ['+'], does: 'Zoom in on the step', act: zoomIn },
  { codes: ['-'], keys: ['−'], does: 'Zoom out', act: zoomOut },
  { codes: ['Escape'], keys: ['Esc'], does: 'End the presentation', act: leave },
];

const BY_CODE = new Map(BINDINGS.flatMap((binding) => binding.codes.map((code) => [code, binding] as const)));

/** The on-screen help for presenting, in the order it is shown. */
export const presenterHelp: readonly PresenterHelpEntry[] = BINDINGS.map(({ keys, does }) => ({
  keys,
  does,
}));

/** The codes of every presenting key, one per binding (a renderer may stop them scrolling the page). */
export const presenterKeyCodes: readonly string[] = BINDINGS.flatMap((binding) => binding.codes);

/**
 * The state after a key press. Keys held with Ctrl, Cmd or Alt are not presenting keys (so Ctrl+R and
 * the like pass through); Shift is allowed. While a number is being typed, digits extend it, Enter goes
 * to it, Backspace erases a digit and Esc drops it; any other presenting key drops it and then acts.
 * Unknown keys, and every key once the presentation has ended, return the same state object.
 */
export function presenterKey(state: PresenterState, press: PresenterKeyPress): PresenterState {
  if (state.ended || press.ctrlKey || press.metaKey || press.altKey) return state;
  const code = press.key === ' ' && press.shiftKey ? 'Shift+Space' : press.key;
  const binding = BY_CODE.get(code);
  if (!binding) return state;
  if (state.typedNumber !== '') {
    if (code === 'Backspace') return eraseDigit(state);
    if (code !== 'Enter' && code !== 'Escape' && !DIGITS.includes(code))
      return binding.act(settle(state, { typedNumber: '' }), code);
  }
  return binding.act(state, code);
}
