import { z } from 'zod';
import { ExportOptions } from '../export/exportOptions';
import { LIMITS } from '../model/limits';
import type { ArgMap } from '../model/map';
import { LARGEST_INTERFACE, SMALLEST_INTERFACE } from '../view/interfaceSize';
import type { EventChannel, InvokeChannel } from './channels';

/** A document as main hands it to a window: the map and the name to show. The path stays in main. */
export interface DocumentPayload {
  map: ArgMap;
  /** The file's name ("debate.argmap.json"), or a name for an untitled map. */
  name: string;
  /** Whether Save writes to a file already granted to this window. */
  hasFile: boolean;
  /** It opens with changes no file holds: restored after a crash, or reverted to a backup. */
  unsaved?: boolean;
  /** Said as the window shows the document: what an import from another format did not carry over. */
  notice?: Notice;
  /**
   * The size in bytes of the map file it was read from: where the renderer's count of the map's saved
   * size starts, so that its first change need not write the whole map out to measure it.
   */
  fileBytes?: number;
}

export type OpenResult =
  | { status: 'opened'; document: DocumentPayload }
  | { status: 'openedInOtherWindow' }
  | { status: 'canceled' }
  | { status: 'failed'; message: string };

export type SaveResult =
  | { status: 'saved'; name: string }
  | { status: 'canceled' }
  | { status: 'failed'; message: string };

/** A map chosen to compare the window's map with: read and checked by main, never opened for editing. */
export type ComparedMap =
  | { status: 'opened'; name: string; map: ArgMap }
  | { status: 'canceled' }
  | { status: 'failed'; message: string };

/** Map → Replace Source…: the new version's text, imported in main from the file the user picked. */
export type ReplacementResult =
  | { status: 'imported'; text: string }
  | { status: 'canceled' }
  | { status: 'failed'; message: string };

export type CloseChoice = 'save' | 'discard' | 'cancel';

/** The earlier versions Argmap kept of a window's file (newest first). */
export type BackupList =
  | { status: 'listed'; name: string; backups: Array<{ id: string; replacedAt: number; size: number }> }
  | { status: 'failed'; message: string };

export type RevertResult =
  | { status: 'reverted'; document: DocumentPayload }
  | { status: 'failed'; message: string };

/** What the export dialog shows: a small image of the export and what the file will be. */
export type ExportPreview =
  | {
      status: 'ready';
      /** A PNG (base64) at most 1280 × 720 px, drawn like the export. */
      image: string;
      /** The export's size in pixels (a PNG at its scale; SVG and PDF at 1×). */
      width: number;
      height: number;
      /** A PDF's page count; 1 for images. */
      pages: number;
      /** Why the export cannot be made with these options (a PNG too large), or null. */
      problem: string | null;
    }
  | { status: 'failed'; message: string };

/** An export for the clipboard: an SVG's text or a PNG's bytes in base64. */
export type CopiedImage =
  | { status: 'copied'; format: 'png' | 'svg'; data: string }
  | { status: 'failed'; message: string };

const mapText = z.string().max(LIMITS.fileBytes);

/** The text formats File → Export… writes besides images. */
export const TEXT_EXPORT_FORMATS = ['argdown', 'aif', 'markdown', 'canvas'] as const;
export type TextExportFormat = (typeof TEXT_EXPORT_FORMATS)[number];

/** What the export dialog shows for a text format: the start of the file and what it will be. */
export type TextExportPreview =
  | {
      status: 'ready';
      /** The first lines of the file. */
      head: string;
      /** "Argdown · 69 KB · 100 statements, 99 relations". */
      summary: string;
      /** What this format does not carry for other tools, in a sentence. */
      limits: string;
    }
  | { status: 'failed'; message: string };

/** Where a presentation stands, as the two presentation windows tell each other through main. */
export const PresenterSnapshot = z.strictObject({
  step: z.int().min(0).max(LIMITS.tourSteps),
  stepCount: z.int().min(0).max(LIMITS.tourSteps),
  blackout: z.enum(['none', 'black', 'white']),
  overview: z.boolean(),
  laser: z.boolean(),
  zoom: z.number().min(0.1).max(10),
  typedNumber: z.string().max(8),
  ended: z.boolean(),
  stepStarts: z.array(z.int().min(0).max(LIMITS.tourSteps)).max(LIMITS.tourSteps).readonly().optional(),
  screen: z
    .strictObject({ width: z.number().min(1).max(100_000), height: z.number().min(1).max(100_000) })
    .optional(),
});
export type PresenterSnapshot = z.infer<typeof PresenterSnapshot>;

/** What a presenter window shows: the map as presented (unsaved edits included) and where the talk stands. */
export interface PresenterStart {
  map: ArgMap;
  state: PresenterSnapshot;
}
const noArgs = z.tuple([]);
const textExportArgs = z.tuple([z.strictObject({ text: mapText, format: z.enum(TEXT_EXPORT_FORMATS) })]);
/** The map as it stands in the window (unsaved edits included) and how to export it. */
const exportArgs = z.tuple([z.strictObject({ text: mapText, options: ExportOptions })]);

/** Every renderer → main request: its arguments (validated in main) and its result. */
export const invokeContract = {
  'document:initial': { args: noArgs, result: {} as DocumentPayload },
  'file:new': { args: noArgs, result: undefined as undefined },
  'file:open': { args: noArgs, result: {} as OpenResult },
  'file:save': { args: z.tuple([z.strictObject({ text: mapText })]), result: {} as SaveResult },
  'file:saveAs': {
    args: z.tuple([z.strictObject({ text: mapText, suggestedName: z.string().max(LIMITS.titleLength) })]),
    result: {} as SaveResult,
  },
  'export:preview': { args: exportArgs, result: {} as ExportPreview },
  'export:copy': { args: exportArgs, result: {} as CopiedImage },
  'export:save': { args: exportArgs, result: {} as SaveResult },
  'export:handout': {
    args: z.tuple([z.strictObject({ text: mapText, theme: z.enum(['light', 'dark']) })]),
    result: {} as SaveResult,
  },
  'export:cancel': { args: noArgs, result: undefined as undefined },
  'file:import': { args: noArgs, result: {} as OpenResult },
  'export:textPreview': { args: textExportArgs, result: {} as TextExportPreview },
  'export:saveText': { args: textExportArgs, result: {} as SaveResult },
  'file:listBackups': { args: noArgs, result: {} as BackupList },
  'file:revertToBackup': {
    args: z.tuple([z.strictObject({ id: z.string().max(64) })]),
    result: {} as RevertResult,
  },
  'journal:write': {
    args: z.tuple([z.strictObject({ text: mapText })]),
    result: undefined as undefined,
  },
  'window:setDirty': {
    args: z.tuple([z.strictObject({ dirty: z.boolean() })]),
    result: undefined as undefined,
  },
  'window:close': { args: noArgs, result: undefined as undefined },
  /** Presenting: main puts the window in and out of full screen (a page may not ask for it). */
  'window:setFullScreen': {
    args: z.tuple([z.strictObject({ on: z.boolean() })]),
    result: undefined as undefined,
  },
  /** View → Larger/Smaller Interface: main zooms the window's page (a page may not zoom itself). */
  'window:setInterfaceSize': {
    args: z.tuple([z.strictObject({ factor: z.number().min(SMALLEST_INTERFACE).max(LARGEST_INTERFACE) })]),
    result: undefined as undefined,
  },
  'dialog:confirmClose': { args: noArgs, result: {} as CloseChoice },
  'present:openPresenter': {
    args: z.tuple([z.strictObject({ text: mapText, state: PresenterSnapshot })]),
    result: {} as { status: 'opened' } | { status: 'failed'; message: string },
  },
  'present:initial': { args: noArgs, result: {} as PresenterStart | null },
  'present:sync': {
    args: z.tuple([z.strictObject({ state: PresenterSnapshot })]),
    result: undefined as undefined,
  },
  'present:end': { args: noArgs, result: undefined as undefined },
  'compare:chooseMap': { args: noArgs, result: {} as ComparedMap },
  'import:article': { args: noArgs, result: {} as OpenResult },
  'import:cancel': { args: noArgs, result: undefined as undefined },
  'import:replacement': { args: noArgs, result: {} as ReplacementResult },
  /** Edit → Paste as New Map: the clipboard's text, and its HTML when it has some. */
  'import:paste': {
    args: z.tuple([z.strictObject({ text: mapText, html: mapText.optional() })]),
    result: {} as OpenResult,
  },
} satisfies Record<InvokeChannel, { args: z.ZodType<unknown[]>; result: unknown }>;

export type InvokeArgs<C extends InvokeChannel> = z.infer<(typeof invokeContract)[C]['args']>;
export type InvokeResult<C extends InvokeChannel> = (typeof invokeContract)[C]['result'];

/** A problem main reports to a window that did not ask (a file opened from the menu or the command line). */
export interface Notice {
  title: string;
  message: string;
}

/** Every main → renderer event and its payload. */
export interface EventPayloads {
  /** `viaKey`: the menu item fired by its shortcut (macOS), so the page applies its rules for keys. */
  'action:run': { id: string; viaKey?: boolean };
  'document:open': DocumentPayload;
  'window:closeRequested': Record<string, never>;
  'app:notice': Notice;
  'present:state': PresenterSnapshot;
  'present:ended': Record<string, never>;
  /** A running export's progress: `done` of `total` parts (bands of a PNG, pages of a PDF). */
  'export:progress': { done: number; total: number };
  /** A running article import's progress: `done` of `total` pages. */
  'import:progress': { done: number; total: number };
}

/** Checks at compile time that the event list and the payload table name the same channels. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const eventChannelsMatch: Same<EventChannel, keyof EventPayloads> = true;
