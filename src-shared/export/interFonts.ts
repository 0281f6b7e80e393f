import fontkit from '@pdf-lib/fontkit';
import type { FontSpec, Measure } from './fonts';

/**
 * Inter's static cuts as TrueType: what exports made outside a browser (in main and on the command
 * line) measure and draw with. PDF and resvg cannot take WOFF2, so main decodes them once.
 */
export interface InterFonts {
  regular: Uint8Array;
  medium: Uint8Array;
  semibold: Uint8Array;
  italic: Uint8Array;
  mediumItalic: Uint8Array;
}

/** The cut a style draws in (italic text in the app is never bolder than medium: the projector's quotes). */
export function cutFor(spec: FontSpec): keyof InterFonts {
  if (spec.italic) return spec.weight >= 500 ? 'mediumItalic' : 'italic';
  return spec.weight >= 600 ? 'semibold' : spec.weight >= 500 ? 'medium' : 'regular';
}

export const INTER_CUTS = [
  'regular',
  'medium',
  'semibold',
  'italic',
  'mediumItalic',
] as const satisfies ReadonlyArray<keyof InterFonts>;

/**
 * The OpenType features exports shape with. Contextual alternates and ligatures cost most of the time of
 * shaping a line and change no width that breaks a line differently; kerning stays on, as the canvas kerns.
 */
export const SHAPING_FEATURES = { calt: false, liga: false, clig: false, ccmp: false };

/**
 * Text widths from the fonts' own shaping (advances and kerning), so lines break where the canvas
 * breaks them. Shaping costs about a third of a millisecond a call and line breaking measures
 * thousands of candidate lines; words recur and a space ends kerning, so each word is shaped once per
 * cut, whatever its size (shaping works in font units), and a text's width is the sum of its words'.
 */
export function fontkitMeasure(fonts: InterFonts): Measure {
  const cuts = new Map<keyof InterFonts, (part: string, size: number) => number>();
  const cutMeasure = (cut: keyof InterFonts) => {
    let measure = cuts.get(cut);
    if (!measure) {
      const face = fontkit.create(fonts[cut]);
      // Read once: fontkit looks it up through a table getter on every read.
      const { unitsPerEm } = face;
      // Advance widths in font units, by word: lookups here cost no allocation, unlike a key per call.
      const advances = new Map<string, number>();
      measure = (part, size) => {
        let advance = advances.get(part);
        if (advance === undefined) {
          advance = face.layout(part, SHAPING_FEATURES).advanceWidth;
          advances.set(part, advance);
        }
        return (advance / unitsPerEm) * size;
      };
      cuts.set(cut, measure);
    }
    return measure;
  };
  // The text last measured: line breaking measures a line, then the line and its next word, so the
  // sum goes on from the line's instead of starting again (the same additions, in the same order).
  const last = { text: '', cut: '', size: 0, sum: 0 };
  return (text, spec) => {
    const cut = cutFor(spec);
    const word = cutMeasure(cut);
    const space = word(' ', spec.size);
    // The words between single spaces, as `text.split(' ')` gives them, summed in order.
    let sum = 0;
    let start = 0;
    let first = true;
    if (
      last.cut === cut &&
      last.size === spec.size &&
      text.charCodeAt(last.text.length) === SPACE &&
      text.startsWith(last.text)
    ) {
      sum = last.sum;
      start = last.text.length + 1;
      first = false;
    }
    for (;;) {
      const end = text.indexOf(' ', start);
      const part = end === -1 ? text.slice(start) : text.slice(start, end);
      sum = sum + (first ? 0 : space) + (part ? word(part, spec.size) : 0);
      first = false;
      if (end === -1) break;
      start = end + 1;
    }
    Object.assign(last, { text, cut, size: spec.size, sum });
    return sum;
  };
}

const SPACE = 0x20;
