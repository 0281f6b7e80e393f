/** The family the canvas draws in (the app bundles Inter as "Inter Variable"), with fallbacks for viewers that lack Inter. */
export const FONT_FAMILY = "'Inter Variable', Inter, 'Helvetica Neue', Arial, sans-serif";

/** One of the text styles on a card (see src-renderer/canvas/nodes/nodes.css). */
export interface FontSpec {
  size: number;
  /** Inter's static cuts that exports in main and on the command line draw with (see InterFonts). */
  weight: 400 | 500 | 600;
  italic: boolean;
  /** Extra space after every character, in px; `measure` need not include it. */
  letterSpacing: number;
}

/**
 * The width of `text` in px drawn in `font`, without letter spacing. The app passes canvas `measureText`
 * with `ctx.font = cssFont(font)`; tests pass a fake such as 7 px per character.
 */
export type Measure = (text: string, font: FontSpec) => number;

/** The CSS `font` shorthand for a style, for `CanvasRenderingContext2D.font`. */
export function cssFont(font: FontSpec): string {
  return `${font.italic ? 'italic ' : ''}${font.weight} ${font.size}px ${FONT_FAMILY}`;
}

export const FONTS = {
  /** The kind label: 11 px, weight 600, 0.06em letter spacing, upper case. */
  label: { size: 11, weight: 600, italic: false, letterSpacing: 0.66 },
  body: { size: 14, weight: 400, italic: false, letterSpacing: 0 },
  thesis: { size: 14, weight: 600, italic: false, letterSpacing: 0 },
  directQuote: { size: 14, weight: 400, italic: true, letterSpacing: 0 },
  speaker: { size: 12, weight: 600, italic: false, letterSpacing: 0 },
  role: { size: 12, weight: 400, italic: false, letterSpacing: 0 },
  reported: { size: 12, weight: 400, italic: true, letterSpacing: 0 },
} as const satisfies Record<string, FontSpec>;

// Inter's ascender and descender (hhea), in em: where the baseline sits in a CSS line box.
const ASCENT = 0.96875;
const DESCENT = 0.2421875;

/** The distance from the top of a CSS line box of `lineHeight` to the baseline of its text. */
export function baselineOffset(font: FontSpec, lineHeight: number): number {
  return (lineHeight - (ASCENT + DESCENT) * font.size) / 2 + ASCENT * font.size;
}

/** The measured width plus letter spacing, which CSS adds after every character. */
export function textWidth(text: string, font: FontSpec, measure: Measure): number {
  const width = measure(text, font);
  if (font.letterSpacing === 0) return width;
  let characters = 0;
  for (const _ of text) characters++;
  return width + font.letterSpacing * characters;
}
