import { presenterKeyCodes } from '../../../src-shared/present/presenterKeys';
import {
  initialPresenterState,
  type PresenterKeyPress,
  type PresenterState,
  presenterCommand,
  presenterHelp,
  presenterKey,
} from '../../../src-shared/present/presenterState';

/** Presses keys in turn ('Space' for ' '), from a fresh presentation of `count` steps at `at`. */
function pressed(
  keys: Array<string | PresenterKeyPress>,
  state = initialPresenterState(10, 3),
): PresenterState {
  return keys.reduce(
    (s, key) => presenterKey(s, typeof key === 'string' ? { key: key === 'Space' ? ' ' : key } : key),
    state,
  );
}

describe('starting', () => {
  test('at the step asked for, clamped into the tour, with nothing covered, zoomed or typed', () => {
    expect(initialPresenterState(5, 2)).toEqual({
      step: 2,
      stepCount: 5,
      blackout: 'none',
      overview: false,
      laser: false,
      zoom: 1,
      typedNumber: '',
      ended: false,
    });
    expect(initialPresenterState(5).step).toBe(0);
    expect(initialPresenterState(5, 9).step).toBe(4);
    expect(initialPresenterState(5, -1).step).toBe(0);
    expect(initialPresenterState(5, Number.NaN).step).toBe(0);
    expect(initialPresenterState(5, 2.7).step).toBe(2);
    expect(initialPresenterState(0, 3)).toMatchObject({ step: 0, stepCount: 0 });
    expect(initialPresenterState(Number.NaN).stepCount).toBe(0);
  });
});

describe('moving', () => {
  test.each(['ArrowRight', 'ArrowDown', 'Space', 'PageDown', 'Enter', 'n', 'N'])(
    '%s goes to the next step',
    (key) => {
      expect(pressed([key]).step).toBe(4);
    },
  );

  test.each(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p', 'P'])(
    '%s goes to the previous step',
    (key) => {
      expect(pressed([key]).step).toBe(2);
    },
  );

  test('Shift+Space goes back; Shift with a letter is still that letter', () => {
    expect(pressed([{ key: ' ', shiftKey: true }]).step).toBe(2);
    expect(pressed([{ key: 'N', shiftKey: true }]).step).toBe(4);
  });

  test('Home and End go to the first and last step', () => {
    expect(pressed(['Home']).step).toBe(0);
    expect(pressed(['End']).step).toBe(9);
  });

  test('next on the last step and previous on the first stay put, returning the same state', () => {
    const last = initialPresenterState(3, 2);
    expect(presenterKey(last, { key: 'ArrowRight' })).toBe(last);
    const first = initialPresenterState(3, 0);
    expect(presenterKey(first, { key: 'PageUp' })).toBe(first);
    expect(presenterKey(first, { key: 'Home' })).toBe(first);
  });

  test('a tour without steps does not move', () => {
    const empty = initialPresenterState(0);
    for (const key of ['ArrowRight', 'ArrowLeft', 'Home', 'End', 'Enter'])
      expect(pressed([key], empty).step).toBe(0);
    expect(pressed(['5', 'Enter'], empty).step).toBe(0);
  });
});

describe('typing a step number', () => {
  test('digits then Enter go to that step, counted from 1, and clear the number', () => {
    const typed = pressed(['1', '2']);
    expect(typed).toMatchObject({ step: 3, typedNumber: '12' });
    expect(pressed(['Enter'], typed)).toMatchObject({ step: 9, typedNumber: '' });
    expect(pressed(['7', 'Enter'])).toMatchObject({ step: 6, typedNumber: '' });
    expect(pressed(['0', '0', '2', 'Enter']).step).toBe(1);
  });

  test('a number past either end goes to the nearest end', () => {
    expect(pressed(['9', '9', 'Enter']).step).toBe(9);
    expect(pressed(['0', 'Enter']).step).toBe(0);
  });

  test('Esc drops the number instead of ending; Backspace erases a digit instead of going back', () => {
    expect(pressed(['4', 'Escape'])).toMatchObject({ typedNumber: '', ended: false, step: 3 });
    expect(pressed(['4', '2', 'Backspace'])).toMatchObject({ typedNumber: '4', step: 3 });
    expect(pressed(['4', '2', 'Backspace', 'Enter']).step).toBe(3);
  });

  test('any other presenting key drops the number and does what it does', () => {
    expect(pressed(['8', 'ArrowRight'])).toMatchObject({ step: 4, typedNumber: '' });
    expect(pressed(['8', 'b'])).toMatchObject({ step: 3, typedNumber: '', blackout: 'black' });
  });

  test('unknown keys leave it alone, and it stops growing at six digits', () => {
    expect(pressed(['8', 'Shift', 'x', 'F5']).typedNumber).toBe('8');
    expect(pressed(['1', '2', '3', '4', '5', '6', '7']).typedNumber).toBe('123456');
  });
});

describe('covering the screen', () => {
  test.each(['b', 'B', '.'])('%s blacks the screen out, and again brings it back', (key) => {
    expect(pressed([key]).blackout).toBe('black');
    expect(pressed([key, key]).blackout).toBe('none');
  });

  test.each(['w', 'W'])('%s whites the screen out, and again brings it back', (key) => {
    expect(pressed([key]).blackout).toBe('white');
    expect(pressed([key, key]).blackout).toBe('none');
  });

  test('B on a white screen turns it black, and W on a black one white', () => {
    expect(pressed(['w', 'b']).blackout).toBe('black');
    expect(pressed(['b', 'w']).blackout).toBe('white');
  });

  test('next or previous first lifts the blackout without moving; the next press moves', () => {
    expect(pressed(['b', 'PageDown'])).toMatchObject({ blackout: 'none', step: 3 });
    expect(pressed(['w', 'PageUp'])).toMatchObject({ blackout: 'none', step: 3 });
    expect(pressed(['b', 'PageDown', 'PageDown'])).toMatchObject({ blackout: 'none', step: 4 });
  });

  test('Home, End and a typed number lift it and move', () => {
    expect(pressed(['b', 'Home'])).toMatchObject({ blackout: 'none', step: 0 });
    expect(pressed(['w', 'End'])).toMatchObject({ blackout: 'none', step: 9 });
    expect(pressed(['b', '2', 'Enter'])).toMatchObject({ blackout: 'none', step: 1 });
  });

  test('the overview, the laser and zooming lift it too', () => {
    expect(pressed(['b', 'o'])).toMatchObject({ blackout: 'none', overview: true });
    expect(pressed(['b', 'l'])).toMatchObject({ blackout: 'none', laser: true });
    expect(pressed(['b', '+'])).toMatchObject({ blackout: 'none', zoom: 1.25 });
  });
});

describe('the overview', () => {
  test.each(['o', 'O'])('%s opens and closes it', (key) => {
    expect(pressed([key]).overview).toBe(true);
    expect(pressed([key, key]).overview).toBe(false);
  });

  test('the keys move through the steps while it stays open; Enter opens the chosen step', () => {
    const browsing = pressed(['o', 'ArrowRight', 'ArrowRight']);
    expect(browsing).toMatchObject({ overview: true, step: 5 });
    expect(pressed(['Enter'], browsing)).toMatchObject({ overview: false, step: 5 });
    expect(pressed(['o', '8', 'Enter'])).toMatchObject({ overview: false, step: 7 });
  });

  test('a click jumps to a step and closes it', () => {
    const open = pressed(['o']);
    expect(presenterCommand(open, { type: 'jump', step: 6 })).toMatchObject({ overview: false, step: 6 });
  });
});

describe('laser and zoom', () => {
  test.each(['l', 'L'])('%s turns the laser on and off', (key) => {
    expect(pressed([key]).laser).toBe(true);
    expect(pressed([key, key]).laser).toBe(false);
  });

  test('+ and = zoom in by 1.25, − zooms out, within 0.25 and 4', () => {
    expect(pressed(['+']).zoom).toBe(1.25);
    expect(pressed(['=', '=']).zoom).toBe(1.5625);
    expect(pressed(['-']).zoom).toBe(0.8);
    expect(pressed(['+', '-']).zoom).toBe(1);
    expect(pressed(['-', '+']).zoom).toBe(1);
    expect(pressed(Array(20).fill('+')).zoom).toBe(4);
    expect(pressed(Array(20).fill('-')).zoom).toBe(0.25);
    const most = pressed(Array(20).fill('+'));
    expect(presenterKey(most, { key: '+' })).toBe(most);
  });

  test('a new step starts unzoomed; staying on the same step keeps the zoom', () => {
    expect(pressed(['+', 'ArrowRight']).zoom).toBe(1);
    expect(pressed(['+', 'o']).zoom).toBe(1.25);
    const last = pressed(['End', '+']);
    expect(pressed(['ArrowRight'], last).zoom).toBe(1.25);
  });
});

describe('leaving', () => {
  test('Esc ends the presentation, even from the overview or a blackout', () => {
    expect(pressed(['Escape']).ended).toBe(true);
    expect(pressed(['o', 'Escape']).ended).toBe(true);
    expect(pressed(['b', 'Escape']).ended).toBe(true);
  });

  test('once ended, keys and commands change nothing', () => {
    const ended = pressed(['Escape']);
    for (const key of presenterKeyCodes) expect(presenterKey(ended, { key })).toBe(ended);
    expect(presenterCommand(ended, { type: 'next' })).toBe(ended);
    expect(presenterCommand(ended, { type: 'jump', step: 0 })).toBe(ended);
  });
});

describe('keys that are not for presenting', () => {
  test('pass through when Ctrl, Cmd or Alt is held', () => {
    const state = initialPresenterState(10, 3);
    for (const modifier of ['ctrlKey', 'metaKey', 'altKey'])
      for (const key of ['r', 'ArrowRight', 'Escape', '1', 'b'])
        expect(presenterKey(state, { key, [modifier]: true })).toBe(state);
  });

  test('unknown keys return the same state', () => {
    const state = initialPresenterState(10, 3);
    for (const key of ['F5', 'Tab', 'Shift', 'x', 'Dead', '', 'ArrowRightX', '_'])
      expect(presenterKey(state, { key })).toBe(state);
  });
});

describe('commands from clicks and the other window', () => {
  const state = initialPresenterState(10, 3);

  test('next, previous and end', () => {
    expect(presenterCommand(state, { type: 'next' }).step).toBe(4);
    expect(presenterCommand(state, { type: 'previous' }).step).toBe(2);
    expect(presenterCommand(state, { type: 'end' }).ended).toBe(true);
    expect(presenterCommand(pressed(['b']), { type: 'next' })).toMatchObject({ step: 3, blackout: 'none' });
    expect(presenterCommand(pressed(['5']), { type: 'next' })).toMatchObject({ step: 4, typedNumber: '' });
  });

  test('a jump is clamped into the tour and lifts a blackout; a jump that is not a number is ignored', () => {
    expect(presenterCommand(state, { type: 'jump', step: 99 }).step).toBe(9);
    expect(presenterCommand(state, { type: 'jump', step: -4 }).step).toBe(0);
    expect(presenterCommand(pressed(['w']), { type: 'jump', step: 1 })).toMatchObject({
      step: 1,
      blackout: 'none',
    });
    expect(presenterCommand(state, { type: 'jump', step: Number.NaN })).toBe(state);
    expect(presenterCommand(state, { type: 'jump', step: 3 })).toBe(state);
  });
});

describe('the help', () => {
  test('lists every presenting key once, each line saying what it does', () => {
    expect(presenterHelp.length).toBeGreaterThan(8);
    for (const entry of presenterHelp) {
      expect(entry.keys.length).toBeGreaterThan(0);
      expect(entry.does).toMatch(/^[A-Z]/);
    }
    const shown = presenterHelp.flatMap((entry) => entry.keys);
    for (const key of [
      '→',
      'Space',
      'Page Down',
      'Page Up',
      'Backspace',
      'Home',
      'End',
      'B',
      '.',
      'W',
      'O',
      'L',
      'Esc',
    ])
      expect(shown).toContain(key);
    // No key does two things.
    expect(new Set(presenterKeyCodes).size).toBe(presenterKeyCodes.length);
  });
});
