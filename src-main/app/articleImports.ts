import type { DocumentPayload } from '../../src-shared/ipc/contract';
import { createArticleMap } from '../../src-shared/model/articleMap';
import type { FileSystem } from '../files/fileSystem';
import { articleFallbackTitle } from '../import/articleName';
import { readArticleFile } from '../import/readArticleFile';
import type { Windows } from './ports';

export type ArticleImportResult =
  | { status: 'opened'; document: DocumentPayload }
  | { status: 'canceled' }
  | { status: 'failed'; message: string };

/**
 * Imports articles for windows, in main (never in a window's page): one at a time per window, with
 * its progress sent to the window and a way for the window to cancel it.
 */
export class ArticleImports {
  readonly #running = new Map<number, AbortController>();

  constructor(
    private readonly fs: FileSystem,
    private readonly windows: Windows,
  ) {}

  async run(windowId: number, path: string): Promise<ArticleImportResult> {
    this.#running.get(windowId)?.abort();
    const controller = new AbortController();
    this.#running.set(windowId, controller);
    try {
      const imported = await readArticleFile(this.fs, path, {
        signal: controller.signal,
        onProgress: (done, total) => this.windows.send(windowId, 'import:progress', { done, total }),
      });
      if (controller.signal.aborted) return { status: 'canceled' };
      if (!imported.ok) return { status: 'failed', message: imported.message };
      const map = createArticleMap(imported.article, articleFallbackTitle(path));
      return { status: 'opened', document: { map, name: map.title, hasFile: false } };
    } finally {
      if (this.#running.get(windowId) === controller) this.#running.delete(windowId);
      this.windows.send(windowId, 'import:progress', { done: 1, total: 1 });
    }
  }

  cancel(windowId: number): void {
    this.#running.get(windowId)?.abort();
  }
}
