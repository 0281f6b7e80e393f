import type { NodeKind } from '../model/map';
import { FONTS, type FontSpec } from './fonts';
import { type ExportTheme, mixColors, PALETTES, type Palette } from './palette';

export type CardFonts = { [K in keyof typeof FONTS]: FontSpec };

/**
 * How a theme draws the map: its colours, and the card and link metrics of the canvas's CSS in that
 * theme (src-renderer/canvas/nodes/nodes.css; the projector's overrides are in present/present.css).
 */
export interface Look {
  palette: Palette;
  fonts: CardFonts;
  /** The card's border, and its thick left border in the kind's colour, in px. */
  border: number;
  accent: number;
  /** The border colour of a card of each kind. */
  borderColor(kind: NodeKind): string;
  /** The links' stroke width; arrowheads scale with it, as SVG markers in stroke-width units do. */
  edgeWidth: number;
}

const standard = (palette: Palette): Look => ({
  palette,
  fonts: FONTS,
  border: 1,
  accent: 4,
  borderColor: (kind) =>
    kind === 'thesis' ? mixColors(palette.kinds.thesis.color, palette.border, 0.35) : palette.border,
  edgeWidth: 1.75,
});

/** The projector theme: bigger, heavier type, thicker borders and links, stronger contrast. */
const projector = (palette: Palette): Look => ({
  palette,
  fonts: {
    ...FONTS,
    label: { ...FONTS.label, size: 12, letterSpacing: 0.72 },
    body: { ...FONTS.body, size: 15, weight: 500 },
    thesis: { ...FONTS.thesis, size: 15 },
    directQuote: { ...FONTS.directQuote, size: 15, weight: 500 },
  },
  border: 2,
  accent: 6,
  borderColor: (kind) => mixColors(palette.kinds[kind].color, palette.borderStrong, 0.45),
  edgeWidth: 3.5,
});

export const LOOKS: Record<ExportTheme, Look> = {
  light: standard(PALETTES.light),
  dark: standard(PALETTES.dark),
  projector: projector(PALETTES.projector),
};
