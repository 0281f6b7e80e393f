import { z } from 'zod';
import { LIMITS } from '../model/limits';
import { Id } from '../model/map';
import { EXPORT_THEMES } from './palette';
import { MAX_PDF_PAGES } from './pdfSheets';
import { MAX_PNG_SCALE, MIN_PNG_SCALE } from './pngSize';

/** The image formats. */
export const EXPORT_FORMATS = ['png', 'svg', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** Everything the export engine writes: the images, and `html`, one web page with the map and its tour. */
export const OUTPUT_FORMATS = [...EXPORT_FORMATS, 'html'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

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
  format: z.enum(OUTPUT_FORMATS),
  subject: ExportSubject,
  /** Pixels per canvas pixel in a PNG; SVG and PDF are vector and ignore it. */
  scale: z.number().min(MIN_PNG_SCALE).max(MAX_PNG_SCALE),
  background: z.enum(['transparent', 'white', 'theme']),
  /** Space around the drawing, in canvas pixels. */
  padding: z.int().min(0).max(400),
  theme: z.enum(EXPORT_THEMES),
  /** The map's JSON inside the PNG or SVG, so that File → Open makes it an editable map again. */
  embedMap: z.boolean(),
  /** A PDF's pages: one page the map's size, or the map at print size across A4 or Letter pages. */
  paper: z.enum(['fit', 'a4', 'letter']),
  /** On A4 or Letter: shrink the map so its width spans this many sheets, rather than print it at full size. */
  sheetsAcross: z.int().min(1).max(MAX_PDF_PAGES).optional(),
  /** Draw the assessment: each card's standing (ring and strength bar) and the verdict on the thesis. */
  assessment: z.boolean().optional(),
  /** A web page carries the source text, to show each node's passage; false leaves the article out. */
  source: z.boolean().optional(),
  /** Cite the map's source beneath the drawing ("Source: author, title, site, date, URL"). */
  citation: z.boolean().optional(),
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
