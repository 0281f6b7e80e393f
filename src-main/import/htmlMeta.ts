import { type ArticleMeta, clean } from './article';

interface MetaDocument {
  querySelector(
    selector: string,
  ): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(
    selector: string,
  ): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
}

/** The first meta tag's content among several names (`name=` or `property=`). */
function metaContent(document: MetaDocument, names: readonly string[]): string | undefined {
  for (const name of names) {
    const tag = document.querySelector(`meta[name="${name}" i], meta[property="${name}" i]`);
    const value = clean(tag?.getAttribute('content'));
    if (value) return value;
  }
  return undefined;
}

/** A web page's own account of its article: JSON-LD first, then meta tags, then the canonical link. */
export function htmlMeta(document: MetaDocument): ArticleMeta {
  const ld = jsonLdArticle(document);
  const authorTags = Array.from(
    document.querySelectorAll(
      'meta[name="citation_author" i], meta[name="author" i], meta[property="article:author" i]',
    ),
  )
    .map((tag) => clean(tag.getAttribute('content')))
    .filter((name): name is string => !!name && !/^https?:/.test(name));
  return {
    // The <title> element often carries the site's name too: Readability's cleaned title stands in for it.
    title: ld.title ?? metaContent(document, ['citation_title', 'og:title', 'twitter:title', 'dc.title']),
    authors: ld.authors ?? (authorTags.length > 0 ? [...new Set(authorTags)] : undefined),
    publisher:
      ld.publisher ?? metaContent(document, ['og:site_name', 'citation_journal_title', 'dc.publisher']),
    published:
      ld.published ??
      metaContent(document, [
        'article:published_time',
        'citation_publication_date',
        'dc.date',
        'date',
        'pubdate',
      ]) ??
      clean(document.querySelector('time[datetime]')?.getAttribute('datetime')),
    url:
      ld.url ??
      metaContent(document, ['og:url']) ??
      clean(document.querySelector('link[rel="canonical"]')?.getAttribute('href')),
  };
}

const ARTICLE_TYPES = /Article|BlogPosting|Report|WebPage|CreativeWork/;

function jsonLdArticle(document: MetaDocument): ArticleMeta {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const article = findArticle(data);
    if (article) return article;
  }
  return {};
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;
const nameOf = (value: unknown): string | undefined =>
  typeof value === 'string' ? clean(value) : isObject(value) ? clean(String(value.name ?? '')) : undefined;

function findArticle(data: unknown): ArticleMeta | null {
  const candidates = Array.isArray(data)
    ? data
    : isObject(data) && Array.isArray(data['@graph'])
      ? data['@graph']
      : [data];
  for (const item of candidates) {
    if (!isObject(item) || !ARTICLE_TYPES.test(String(item['@type'] ?? ''))) continue;
    const authors = (Array.isArray(item.author) ? item.author : item.author ? [item.author] : [])
      .map(nameOf)
      .filter((name): name is string => !!name);
    const page = item.mainEntityOfPage;
    return {
      title: nameOf(item.headline) ?? nameOf(item.name),
      authors: authors.length > 0 ? authors : undefined,
      publisher: nameOf(item.publisher),
      published: nameOf(item.datePublished),
      url: nameOf(item.url) ?? (isObject(page) ? nameOf(page['@id']) : nameOf(page)),
    };
  }
  return null;
}
