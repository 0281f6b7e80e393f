import { newId } from './ids';
import { LIMITS } from './limits';
import { type ArgMap, FORMAT_VERSION, type Source } from './map';

/** What an import found out about an article (every field optional) and its text. */
export interface ImportedArticle {
  text: string;
  meta: {
    title?: string;
    authors?: string[];
    publisher?: string;
    published?: string;
    url?: string;
  };
}

/** "Ana Ruiz", "Ana Ruiz and Tom Lee", "Ana Ruiz, Tom Lee and Jo Bloggs". */
export function joinAuthors(authors: readonly string[]): string {
  if (authors.length <= 1) return authors[0] ?? '';
  return `${authors.slice(0, -1).join(', ')} and ${authors.at(-1)}`;
}

const clip = (text: string | undefined) => (text ? text.slice(0, LIMITS.titleLength) : undefined);

/**
 * A new map of an imported article: the article as its source, with what the article says about
 * itself, and an empty thesis ready to be stated. `fallbackTitle` (the file's name) names an article
 * that names itself nowhere.
 */
export function createArticleMap(
  article: ImportedArticle,
  fallbackTitle: string,
  overrides: { title?: string; author?: string } = {},
): ArgMap {
  const { meta } = article;
  const title = clip(overrides.title ?? meta.title ?? fallbackTitle) ?? 'Untitled article';
  const source: Source = { title, text: article.text };
  const author = clip(overrides.author ?? (meta.authors ? joinAuthors(meta.authors) : undefined));
  if (author) source.author = author;
  const publisher = clip(meta.publisher);
  if (publisher) source.publisher = publisher;
  const published = clip(meta.published);
  if (published) source.published = published;
  if (meta.url) source.url = meta.url.slice(0, 2048);
  return {
    format: 'argmap',
    version: FORMAT_VERSION,
    title,
    source,
    nodes: [{ id: newId('thesis'), kind: 'thesis', text: '', position: { x: 0, y: 0 } }],
    edges: [],
    tour: [],
  };
}
