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
 * breaks them. Shaping costs about half a millisecond a call and line breaking measures thousands of
 * candidate lines; words recur and a space ends kerning, so each word is measured once.
 */
export function fontkitMeasure(fonts: InterFonts): Measure {
  const faces = Object.fromEntries(INTER_CUTS.map((cut) => [cut, fontkit.create(fonts[cut])])) as Record<
    keyof InterFonts,
    ReturnType<typeof fontkit.create>
  >;
  const widths = new Map<string, number>();
  const word = (text: string, spec: FontSpec) => {
    const key = `${spec.size}|${spec.weight}|${spec.italic}|${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      const face = faces[cutFor(spec)];
      width = (face.layout(text, SHAPING_FEATURES).advanceWidth / face.unitsPerEm) * spec.size;
      widths.set(key, width);
    }
    return width;
  };
  return (text, spec) =>
    text
      .split(' ')
      .reduce((sum, part, i) => sum + (i > 0 ? word(' ', spec) : 0) + (part ? word(part, spec) : 0), 0);
}
