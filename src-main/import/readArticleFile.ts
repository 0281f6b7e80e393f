import { basename } from 'node:path';
import { describeFsError } from '../files/describeFsError';
import type { FileSystem } from '../files/fileSystem';
import type { ImportControl, ImportResult } from './article';
import { importArticle, MAX_ARTICLE_BYTES } from './importArticle';
import type { ArticleImporter } from './importInWorker';

/**
 * Imports an article from a file: its size is checked before a byte is read (a huge file or a FIFO
 * cannot exhaust memory). Never throws; every message names the file.
 */
export async function readArticleFile(
  fs: FileSystem,
  path: string,
  control: ImportControl = {},
  /** Where the parsing runs: here (the command line), or a worker thread (the app). */
  importer: ArticleImporter = importArticle,
): Promise<ImportResult> {
  try {
    const stats = await fs.stat(path);
    if (stats.isDirectory())
      return { ok: false, message: `Could not import "${path}": it is a folder, not a file.` };
    if (!stats.isFile())
      return { ok: false, message: `Could not import "${path}": it is not a regular file.` };
    if (stats.size > MAX_ARTICLE_BYTES) {
      const size = (stats.size / 1024 / 1024).toFixed(0);
      return {
        ok: false,
        message: `Could not import "${path}": it is too large (${size} MiB; the limit is 64 MiB).`,
      };
    }
    const bytes = await fs.readFile(path);
    return await importer(bytes, basename(path), control);
  } catch (error) {
    return {
      ok: false,
      message: describeFsError('open', path, error).replace('Could not open', 'Could not import'),
    };
  }
}
