/** The parts of a keyboard event an accelerator is matched against. */
export interface KeyPress {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

interface Chord {
  key: string;
  cmdOrCtrl: boolean;
  alt: boolean;
  shift: boolean;
  ctrl: boolean;
  meta: boolean;
}

/** Electron names for keys whose `KeyboardEvent.key` differs. */
const KEY_NAMES: Record<string, string> = {
  plus: '+',
  space: ' ',
  esc: 'escape',
  return: 'enter',
  up: 'arrowup',
  down: 'arrowdown',
  left: 'arrowleft',
  right: 'arrowright',
  del: 'delete',
};

/** The physical keys (`KeyboardEvent.code`) of punctuation that Shift changes. */
const PHYSICAL_KEYS: Record<string, string> = { '-': 'Minus', '=': 'Equal' };

export function parseAccelerator(accelerator: string): Chord {
  const parts = accelerator.split(/\+(?!$)/).map((part) => part.toLowerCase());
  const raw = parts.pop() ?? '';
  const has = (...names: string[]) => parts.some((part) => names.includes(part));
  return {
    key: KEY_NAMES[raw] ?? raw,
    cmdOrCtrl: has('cmdorctrl', 'commandorcontrol'),
    ctrl: has('ctrl', 'control'),
    meta: has('cmd', 'command', 'super', 'meta'),
    alt: has('alt', 'option'),
    shift: has('shift'),
  };
}

/**
 * Whether a key press triggers an accelerator. Letters and digits are matched by physical key when
 * Shift changes the character ("Shift+1" is "!" on a US layout), everything else by the character.
 */
export function matchesAccelerator(accelerator: string, press: KeyPress, isMac: boolean): boolean {
  const chord = parseAccelerator(accelerator);
  const wantCtrl = chord.ctrl || (chord.cmdOrCtrl && !isMac);
  const wantMeta = chord.meta || (chord.cmdOrCtrl && isMac);
  if (press.ctrlKey !== wantCtrl || press.metaKey !== wantMeta) return false;
  if (press.altKey !== chord.alt || press.shiftKey !== chord.shift) return false;
  const key = press.key.toLowerCase();
  if (key === chord.key) return true;
  const physical = press.code?.replace(/^(Key|Digit)/, '').toLowerCase();
  if (/^[a-z0-9]$/.test(chord.key) && physical === chord.key) return true;
  // Shift changes "-" and "=" into "_" and "+": Ctrl+Shift+- is still the minus key.
  if (PHYSICAL_KEYS[chord.key] !== undefined && press.code === PHYSICAL_KEYS[chord.key]) return true;
  // "=" and "+" share a key: Zoom In should work with or without Shift on most layouts.
  return chord.key === '=' && key === '+';
}

/** Keys as they are printed on a keyboard and read in manuals, by the name `parseAccelerator` gives them. */
const KEY_LABELS: Record<string, string> = {
  arrowup: '↑',
  arrowdown: '↓',
  arrowleft: '←',
  arrowright: '→',
  ' ': 'Space',
  pageup: 'Page Up',
  pagedown: 'Page Down',
  escape: 'Esc',
  delete: 'Delete',
  backspace: 'Backspace',
  enter: 'Enter',
  tab: 'Tab',
  home: 'Home',
  end: 'End',
  insert: 'Insert',
  '-': '−',
};

/** How one key is shown to a person: "↑" for ArrowUp or Up, "Page Down" for PageDown, "A" for a. */
export function keyLabel(key: string): string {
  const name = parseAccelerator(key).key;
  return (
    KEY_LABELS[name] ??
    (name.length === 1 ? name.toUpperCase() : name.charAt(0).toUpperCase() + name.slice(1))
  );
}

/** How a shortcut is shown to a person: "⌘⇧S" on macOS, "Ctrl+Shift+S" elsewhere; keys by `keyLabel`. */
export function formatAccelerator(accelerator: string, isMac: boolean): string {
  const chord = parseAccelerator(accelerator);
  const key = keyLabel(chord.key);
  if (isMac) {
    return `${chord.ctrl ? '⌃' : ''}${chord.alt ? '⌥' : ''}${chord.shift ? '⇧' : ''}${chord.cmdOrCtrl || chord.meta ? '⌘' : ''}${key}`;
  }
  const mods = [
    chord.cmdOrCtrl || chord.ctrl ? 'Ctrl' : '',
    chord.meta ? 'Super' : '',
    chord.alt ? 'Alt' : '',
    chord.shift ? 'Shift' : '',
  ];
  return [...mods.filter(Boolean), key].join('+');
}
