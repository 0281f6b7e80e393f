import { ACTIONS, type ActionSpec } from '../../../src-shared/actions/catalog';

/*
 * Electron's accelerator grammar (docs/api/accelerator.md, Electron 45): modifiers joined by "+",
 * then exactly one key code. A name Electron does not know leaves the menu item without its shortcut,
 * silently, so every accelerator in the catalog is checked here.
 */
const MODIFIERS = new Set([
  'Command',
  'Cmd',
  'Control',
  'Ctrl',
  'CommandOrControl',
  'CmdOrCtrl',
  'Alt',
  'Option',
  'AltGr',
  'Shift',
  'Super',
  'Meta',
]);
const NAMED_KEYS = new Set([
  'Plus',
  'Space',
  'Tab',
  'Capslock',
  'Numlock',
  'Scrolllock',
  'Backspace',
  'Delete',
  'Insert',
  'Return',
  'Enter',
  'Up',
  'Down',
  'Left',
  'Right',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'Escape',
  'Esc',
  'PrintScreen',
  'VolumeUp',
  'VolumeDown',
  'VolumeMute',
  'MediaNextTrack',
  'MediaPreviousTrack',
  'MediaStop',
  'MediaPlayPause',
  ...Array.from({ length: 10 }, (_, i) => `num${i}`),
  'numdec',
  'numadd',
  'numsub',
  'nummult',
  'numdiv',
]);
const PUNCTUATION = ')!@#$%^&*(:;+=<,_->.?/~`{][|\\}"\'';

const lower = (names: Set<string>) => new Set([...names].map((name) => name.toLowerCase()));
const MODIFIER_NAMES = lower(MODIFIERS);
const KEY_NAMES = lower(NAMED_KEYS);

/** Whether Electron reads `accelerator` as modifiers and one key (it ignores case). */
function isElectronAccelerator(accelerator: string): boolean {
  const parts = accelerator.toLowerCase().split(/\+(?!$)/);
  const key = parts.pop() ?? '';
  if (new Set(parts).size !== parts.length || !parts.every((part) => MODIFIER_NAMES.has(part))) return false;
  return (
    /^[0-9a-z]$/.test(key) ||
    /^f([1-9]|1[0-9]|2[0-4])$/.test(key) ||
    KEY_NAMES.has(key) ||
    (key.length === 1 && PUNCTUATION.includes(key))
  );
}

describe('the catalog’s accelerators, read by Electron', () => {
  test.each(
    (ACTIONS as readonly ActionSpec[]).flatMap((action) =>
      [action.accelerator, action.secondary]
        .filter((key): key is string => !!key)
        .map((key) => [action.id, key] as const),
    ),
  )('%s: %s is in Electron’s grammar', (_id, accelerator) => {
    expect(isElectronAccelerator(accelerator)).toBe(true);
  });

  test('the grammar check refuses what Electron refuses', () => {
    for (const wrong of ['ArrowUp', 'Ctrl+Ctrl+A', 'Hyper+A', 'CmdOrCtrl+', 'F25', 'Shift+ArrowLeft'])
      expect(isElectronAccelerator(wrong)).toBe(false);
    for (const right of ['Up', 'CmdOrCtrl+Shift+Z', 'Shift+F5', 'CmdOrCtrl+=', 'CmdOrCtrl+-', 'CmdOrCtrl+/'])
      expect(isElectronAccelerator(right)).toBe(true);
  });
});
