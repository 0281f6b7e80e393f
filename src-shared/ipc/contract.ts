import { z } from 'zod';
import { LIMITS } from '../model/limits';
import type { ArgMap } from '../model/map';
import type { EventChannel, InvokeChannel } from './channels';

/** A document as main hands it to a window: the map and the name to show. The path stays in main. */
export interface DocumentPayload {
  map: ArgMap;
  /** The file's name ("debate.argmap.json"), or a name for an untitled map. */
  name: string;
  /** Whether Save writes to a file already granted to this window. */
  hasFile: boolean;
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

export type CloseChoice = 'save' | 'discard' | 'cancel';

const mapText = z.string().max(LIMITS.fileBytes);
const noArgs = z.tuple([]);

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
  'window:setDirty': {
    args: z.tuple([z.strictObject({ dirty: z.boolean() })]),
    result: undefined as undefined,
  },
  'window:close': { args: noArgs, result: undefined as undefined },
  'dialog:confirmClose': { args: noArgs, result: {} as CloseChoice },
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
  'action:run': { id: string };
  'document:open': DocumentPayload;
  'window:closeRequested': Record<string, never>;
  'app:notice': Notice;
}

/** Checks at compile time that the event list and the payload table name the same channels. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const eventChannelsMatch: Same<EventChannel, keyof EventPayloads> = true;
