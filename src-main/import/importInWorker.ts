import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ImportControl, ImportResult } from './article';
import { isWorkerReply } from './workerProtocol';

/** Reads a file's bytes into an article, as `importArticle` does. */
export type ArticleImporter = (
  bytes: Uint8Array,
  name: string,
  control: ImportControl,
) => Promise<ImportResult>;

/**
 * The worker's script: built beside main (out/main/importWorker.cjs), or, when main runs from its
 * sources in the project's folder (the end-to-end harness, the tests), the TypeScript entry through tsx.
 */
function startWorker(): Worker {
  // The bundle is CommonJS; the end-to-end harness loads main's sources as ES modules, with no __dirname.
  const built = typeof __dirname === 'string' ? join(__dirname, 'importWorker.cjs') : '';
  if (built && existsSync(built)) return new Worker(built);
  return workerFromSource(resolve('src-main/import/importWorker.ts'));
}

/** A worker running a TypeScript entry through tsx (for main run from its sources). */
export function workerFromSource(file: string): Worker {
  return new Worker(`require('tsx/cjs'); require(${JSON.stringify(file)});`, { eval: true });
}

/**
 * `importArticle` in a worker thread, so parsing a long PDF never blocks main (and with it every window's
 * requests). Progress comes back as the worker reports it; canceling ends the worker at once.
 */
export function importInWorker(
  bytes: Uint8Array,
  name: string,
  control: ImportControl = {},
  start: () => Worker = startWorker,
): Promise<ImportResult> {
  const canceled: ImportResult = {
    ok: false,
    message: `Could not import "${name}": the import was canceled.`,
  };
  if (control.signal?.aborted) return Promise.resolve(canceled);
  return new Promise((resolve) => {
    const worker = start();
    let settled = false;
    const finish = (result: ImportResult) => {
      if (settled) return;
      settled = true;
      control.signal?.removeEventListener('abort', abort);
      void worker.terminate();
      resolve(result);
    };
    const abort = () => finish(canceled);
    control.signal?.addEventListener('abort', abort, { once: true });
    worker.on('message', (message: unknown) => {
      if (!isWorkerReply(message)) return;
      if (message.type === 'progress') control.onProgress?.(message.done, message.total);
      else finish(message.result);
    });
    worker.on('error', (error) =>
      finish({ ok: false, message: `Could not import "${name}": it could not be read (${error.message}).` }),
    );
    worker.on('exit', (code) =>
      finish({ ok: false, message: `Could not import "${name}": the import stopped (exit code ${code}).` }),
    );
    // A copy of its own, handed over rather than cloned: a file's buffer may be a slice of a shared pool.
    const copy = new Uint8Array(bytes);
    worker.postMessage({ type: 'import', bytes: copy, name }, [copy.buffer]);
  });
}
