/**
 * Unicode's bidirectional controls, by their standard abbreviations. Invisible, they reorder the text
 * around them: "\u202Egnp.exe" displays as "exe.png". Argmap keeps them in the map (they are the
 * author's text) and shows them wherever text is drawn.
 */
const BIDI_CONTROLS: Record<string, string> = {
  '\u061C': 'ALM',
  '\u200E': 'LRM',
  '\u200F': 'RLM',
  '\u202A': 'LRE',
  '\u202B': 'RLE',
  '\u202C': 'PDF',
  '\u202D': 'LRO',
  '\u202E': 'RLO',
  '\u2066': 'LRI',
  '\u2067': 'RLI',
  '\u2068': 'FSI',
  '\u2069': 'PDI',
};

const BIDI_CONTROL_PATTERN = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Whether the text holds a bidirectional control. */
export function hasBidiControls(text: string): boolean {
  BIDI_CONTROL_PATTERN.lastIndex = 0;
  return BIDI_CONTROL_PATTERN.test(text);
}

/**
 * The text as drawn: each bidirectional control replaced by its name between single guillemets
 * ("‹RLO›"), which Inter draws in every export and which reorder nothing. For drawing only: the
 * stored text keeps its controls.
 */
export function revealBidiControls(text: string): string {
  return text.replace(BIDI_CONTROL_PATTERN, (control) => `‹${BIDI_CONTROLS[control]}›`);
}
