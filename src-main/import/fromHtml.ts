import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { type Article, type ArticleMeta, clean, ImportProblem, joinBlocks, withTitle } from './article';
import { htmlMeta } from './htmlMeta';
import { blocksOf } from './htmlText';

/** Fewer words than this is a menu or a notice, not an article. */
const MIN_ARTICLE_WORDS = 25;

/**
 * A web page's article: Readability finds the body (no navigation, ads, share buttons, related links,
 * comments or footers) in a DOM built by linkedom, which runs no script and loads nothing.
 */
export function fromHtml(html: string): Article {
  const { document } = parseHTML(html);
  const meta = htmlMeta(document);
  // Readability changes the document it reads; the metadata above was read first.
  const parsed = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  if (!parsed?.content) throw new ImportProblem('no article was found in the page.');
  const body = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document.body;
  const blocks = blocksOf(body as unknown as Parameters<typeof blocksOf>[0]);
  if (blocks.join(' ').split(/\s+/).length < MIN_ARTICLE_WORDS) {
    throw new ImportProblem('no article was found in the page (only menus, links or a few words).');
  }
  const title = meta.title ?? clean(parsed.title);
  const merged: ArticleMeta = {
    ...meta,
    title,
    authors: meta.authors ?? bylineAuthors(parsed.byline),
    publisher: meta.publisher ?? clean(parsed.siteName),
    published: meta.published ?? clean(parsed.publishedTime),
  };
  return { text: joinBlocks(withTitle(title, blocks)), meta: merged };
}

/** Readability's byline ("By Ana Ruiz and Tom Lee") as a list of names. */
export function bylineAuthors(byline: string | null | undefined): string[] | undefined {
  const text = clean(byline)?.replace(/^by\s+/i, '');
  if (!text) return undefined;
  const names = text
    .split(/\s*(?:,|;|\band\b|&)\s*/i)
    .map((name) => name.trim())
    .filter((name) => name.length > 0 && name.length < 80);
  return names.length > 0 ? names : undefined;
}
