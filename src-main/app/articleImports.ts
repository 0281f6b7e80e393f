import type { DocumentPayload } from '../../src-shared/ipc/contract';
import { createArticleMap } from '../../src-shared/model/articleMap';
import type { FileSystem } from '../files/fileSystem';
import type { Article } from '../import/article';
import { articleFallbackTitle } from '../import/articleName';
import { importInWorker } from '../import/importInWorker';
import { readArticleFile } from '../import/readArticleFile';
import type { Windows } from './ports';

export type ArticleImportResult =
  | { status: 'opened'; document: DocumentPayload }
  | { status: 'canceled' }
  | { status: 'failed'; message: string };

/**
 * Imports articles for windows, in a worker thread of main (never in a window's page): one at a time per window, with
 * its progress sent to the window and a way for the window to cancel it.
 */
export class ArticleImports {
  readonly #running = new Map<number, AbortController>();

  constructor(
    private readonly fs: FileSystem,
    private readonly windows: Windows,
  ) {}

  async run(windowId: number, path: string): Promise<ArticleImportResult> {
    const read = await this.read(windowId, path);
    if (read.status !== 'read') return read;
    const map = createArticleMap(read.article, articleFallbackTitle(path));
    return { status: 'opened', document: { map, name: map.title, hasFile: false } };
  }

  /** Reads an article, reporting progress to the window; a newer import in the same window cancels it. */
  async read(
    windowId: number,
    path: string,
  ): Promise<
    { status: 'read'; article: Article } | { status: 'canceled' } | { status: 'failed'; message: string }
  > {
    this.#running.get(windowId)?.abort();
    const controller = new AbortController();
    this.#running.set(windowId, controller);
    try {
      const imported = await readArticleFile(
        this.fs,
        path,
        {
          signal: controller.signal,
          onProgress: (done, total) => this.windows.send(windowId, 'import:progress', { done, total }),
        },
        importInWorker,
      );
      if (controller.signal.aborted) return { status: 'canceled' };
      if (!imported.ok) return { status: 'failed', message: imported.message };
      return { status: 'read', article: imported.article };
    } finally {
      if (this.#running.get(windowId) === controller) this.#running.delete(windowId);
      this.windows.send(windowId, 'import:progress', { done: 1, total: 1 });
    }
  }

  cancel(windowId: number): void {
    this.#running.get(windowId)?.abort();
  }
}
