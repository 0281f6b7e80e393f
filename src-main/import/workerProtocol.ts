import type { ImportResult } from './article';

/** Main asks the import worker to read one file's bytes. */
export interface ImportRequest {
  type: 'import';
  bytes: Uint8Array;
  name: string;
}

/** What the worker says back: progress as it goes, then the result, once. */
export type WorkerReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'result'; result: ImportResult };

/** Whether a message from the worker is one main understands (a worker's message is only structurally typed). */
export function isWorkerReply(message: unknown): message is WorkerReply {
  if (typeof message !== 'object' || message === null) return false;
  const reply = message as Record<string, unknown>;
  if (reply.type === 'progress') return Number.isFinite(reply.done) && Number.isFinite(reply.total);
  if (reply.type !== 'result' || typeof reply.result !== 'object' || reply.result === null) return false;
  const result = reply.result as Record<string, unknown>;
  return result.ok === true
    ? typeof result.article === 'object' && result.article !== null
    : result.ok === false && typeof result.message === 'string';
}

/** Whether a message to the worker is a request it can serve. */
export function isImportRequest(message: unknown): message is ImportRequest {
  if (typeof message !== 'object' || message === null) return false;
  const request = message as Record<string, unknown>;
  return request.type === 'import' && request.bytes instanceof Uint8Array && typeof request.name === 'string';
}
