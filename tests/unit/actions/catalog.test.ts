import {
  formatAccelerator,
  type KeyPress,
  matchesAccelerator,
} from '../../../src-shared/actions/accelerator';
import { ACTIONS, type ActionSpec } from '../../../src-shared/actions/catalog';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('the action catalog', () => {
  test('gives every action a unique id', () => {
    const ids = ACTIONS.map((action) => action.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('never gives one shortcut to two actions', () => {
    const keys = (ACTIONS as readonly ActionSpec[]).flatMap((action) =>
      action.accelerator ? [action.accelerator.toLowerCase()] : [],
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('names actions domain.verb', () => {
    for (const action of ACTIONS) expect(action.id).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
  });
});

describe('accelerators', () => {
  test('CmdOrCtrl means Ctrl off macOS and Cmd on macOS', () => {
    expect(matchesAccelerator('CmdOrCtrl+S', press('s', { ctrlKey: true }), false)).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+S', press('s', { metaKey: true }), false)).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+S', press('s', { metaKey: true }), true)).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+S', press('s', { ctrlKey: true }), true)).toBe(false);
  });

  test('modifiers must match exactly: Ctrl+Shift+S is Save As, not Save', () => {
    const saveAs = press('S', { ctrlKey: true, shiftKey: true });
    expect(matchesAccelerator('CmdOrCtrl+S', saveAs, false)).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+Shift+S', saveAs, false)).toBe(true);
  });

  test('a shifted digit matches by its physical key', () => {
    expect(matchesAccelerator('Shift+1', press('!', { shiftKey: true, code: 'Digit1' }), false)).toBe(true);
    expect(matchesAccelerator('Shift+1', press('1', { code: 'Digit1' }), false)).toBe(false);
  });

  test('named keys and punctuation', () => {
    expect(matchesAccelerator('Enter', press('Enter'), false)).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+/', press('/', { ctrlKey: true }), false)).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+-', press('-', { ctrlKey: true }), false)).toBe(true);
  });

  test('are shown the way each platform writes them', () => {
    expect(formatAccelerator('CmdOrCtrl+Shift+S', false)).toBe('Ctrl+Shift+S');
    expect(formatAccelerator('CmdOrCtrl+Shift+S', true)).toBe('⇧⌘S');
    expect(formatAccelerator('Enter', false)).toBe('Enter');
  });
});
