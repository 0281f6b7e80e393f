import type { NodeKind, Relation } from '../model/map';

export const EXPORT_THEMES = ['light', 'dark', 'projector'] as const;
/** The app's two themes, and `projector`: the light theme with stronger contrast for washed-out projectors. */
export type ExportTheme = (typeof EXPORT_THEMES)[number];

/** The colours a drawing of the map uses: a copy of src-renderer/styles/theme.css (the exporter also runs without CSS); tests/unit/export/palette.test.ts keeps the two in step. */
export interface Palette {
  canvas: string;
  surface: string;
  border: string;
  borderStrong: string;
  text: string;
  textMuted: string;
  kinds: Record<NodeKind, { color: string; tint: string }>;
  relations: Record<Relation, string>;
}

const LIGHT: Palette = {
  canvas: '#f6f6f3',
  surface: '#ffffff',
  border: '#dcdcd6',
  borderStrong: '#b9b9b1',
  text: '#1f2023',
  textMuted: '#5f6168',
  kinds: {
    thesis: { color: '#2f4fb8', tint: '#eef1fb' },
    premise: { color: '#1f7a4d', tint: '#ecf6f0' },
    counterpoint: { color: '#b8322a', tint: '#fbeeed' },
    rebuttal: { color: '#9a5b00', tint: '#fbf3e6' },
    quote: { color: '#6b45a8', tint: '#f3effa' },
    note: { color: '#6e6a5a', tint: '#f6f4ea' },
  },
  relations: { supports: '#2c8a5a', opposes: '#c4453c' },
};

export const PALETTES: Record<ExportTheme, Palette> = {
  light: LIGHT,
  dark: {
    canvas: '#17181b',
    surface: '#222429',
    border: '#3a3d44',
    borderStrong: '#555962',
    text: '#e9e9ec',
    textMuted: '#a3a6ae',
    kinds: {
      thesis: { color: '#8aa2ff', tint: '#262c45' },
      premise: { color: '#5cc593', tint: '#1d3329' },
      counterpoint: { color: '#ff8a80', tint: '#3d2322' },
      rebuttal: { color: '#f0a64a', tint: '#3a2c18' },
      quote: { color: '#b596f2', tint: '#2f2640' },
      note: { color: '#bdb49a', tint: '#302e26' },
    },
    relations: { supports: '#5cc593', opposes: '#ff8a80' },
  },
  // The app's projector theme is the light theme with darker secondary text (present/present.css).
  projector: { ...LIGHT, textMuted: '#3d3f45' },
};

/** `color-mix(in srgb, a share%, b)` for two `#rrggbb` colours. */
export function mixColors(a: string, b: string, share: number): string {
  const channel = (hex: string, i: number) => Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  const mixed = [0, 1, 2].map((i) => Math.round(channel(a, i) * share + channel(b, i) * (1 - share)));
  return `#${mixed.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}
