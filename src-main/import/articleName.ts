import { basename } from 'node:path';

/** The file's name without its extension: the title of an article that names itself nowhere. */
export function articleFallbackTitle(path: string): string {
  return basename(path).replace(/\.[^.]+$/, '') || 'Untitled article';
}
