import { isOpenableFileName } from '../files/mapFileName';
import { isImportableName } from '../files/readForeignFile';
import { isArticleFileName } from '../import/importArticle';

/**
 * What opening a file means, by its name: a map (or an image exported with its map) opens; an article
 * (a web page, PDF, Word, Markdown or text file) becomes the source of a new map; a map in another format
 * (Argdown, AIF, JSON Canvas) is imported as an untitled map.
 */
export type FileRoute = 'map' | 'article' | 'foreign' | 'unknown';

export function routeOf(path: string): FileRoute {
  if (isOpenableFileName(path)) return 'map';
  if (isArticleFileName(path)) return 'article';
  if (isImportableName(path)) return 'foreign';
  return 'unknown';
}
