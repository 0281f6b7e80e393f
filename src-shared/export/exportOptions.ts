import { z } from 'zod';
import { LIMITS } from '../model/limits';
import { Id } from '../model/map';
import { EXPORT_THEMES } from './palette';

export const EXPORT_FORMATS = ['png', 'svg', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What an export shows: the whole map, some nodes (a selection), or what a tour step reveals. */
export const ExportSubject = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('map') }),
  z.strictObject({ kind: z.literal('nodes'), ids: z.array(Id).min(1).max(LIMITS.nodes) }),
  /** `index` counts from 0; the command line's `--step N` counts from 1. */
  z.strictObject({ kind: z.literal('step'), index: z.int().min(0).max(LIMITS.tourSteps) }),
]);
export type ExportSubject = z.infer<typeof ExportSubject>;

/**
 * Everything that decides an export's output: the app's export dialog and `argmap export` fill in the
 * same options, and the same code in main turns a map and these into bytes.
 */
export const ExportOptions = z.strictObject({
  format: z.enum(EXPORT_FORMATS),
  subject: ExportSubject,
  /** Pixels per canvas pixel in a PNG; SVG and PDF are vector and ignore it. */
  scale: z.number().min(1).max(4),
  background: z.enum(['transparent', 'white', 'theme']),
  /** Space around the drawing, in canvas pixels. */
  padding: z.int().min(0).max(400),
  theme: z.enum(EXPORT_THEMES),
  /** The map's JSON inside the PNG or SVG, so that File → Open makes it an editable map again. */
  embedMap: z.boolean(),
  /** A PDF's pages: one page the map's size, or the map at print size across A4 or Letter pages. */
  paper: z.enum(['fit', 'a4', 'letter']),
  /** Draw the assessment: each card's standing (ring and strength bar) and the verdict on the thesis. */
  assessment: z.boolean().optional(),
  /**
   * Fit to a slide: fold the whole map's deeper levels (and lay it out again) until its body text is
   * readable on a 16:9 slide; folded cards say how many cards they hide. Only for the whole map.
   */
  fitSlide: z.boolean().optional(),
});
export type ExportOptions = z.infer<typeof ExportOptions>;

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = {
  format: 'png',
  subject: { kind: 'map' },
  scale: 2,
  background: 'theme',
  padding: 24,
  theme: 'light',
  embedMap: true,
  paper: 'fit',
};
