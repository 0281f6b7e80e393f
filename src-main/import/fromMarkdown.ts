import { load } from 'js-yaml';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown as parseMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import { type Article, type ArticleMeta, clean, joinBlocks, withTitle } from './article';

/** A Markdown document: headings kept on lines of their own, emphasis and link markup gone, link text kept. */
export function fromMarkdown(markdown: string): Article {
  const tree = parseMarkdown(markdown, {
    extensions: [frontmatter(['yaml'])],
    mdastExtensions: [frontmatterFromMarkdown(['yaml'])],
  });
  const front = frontMatter(tree);
  const blocks: string[] = [];
  let firstHeading: string | undefined;
  const walk = (node: Nodes) => {
    switch (node.type) {
      case 'yaml':
      case 'html':
      case 'thematicBreak':
      case 'definition':
        return;
      case 'heading': {
        const text = inline(node).replace(/\s+/g, ' ');
        if (node.depth === 1 && firstHeading === undefined) firstHeading = text;
        blocks.push(text);
        return;
      }
      case 'paragraph':
      case 'code':
        blocks.push(inline(node));
        return;
      default:
        if ('children' in node) for (const child of node.children) walk(child as Nodes);
    }
  };
  walk(tree);
  const byline = blocks.findIndex(
    (block, index) => index < 4 && /^by\s+\S/i.test(block) && block.length < 120,
  );
  const bylineNames = byline >= 0 ? blocks[byline]?.replace(/^by\s+/i, '') : undefined;
  const title = front.title ?? firstHeading;
  const meta: ArticleMeta = {
    ...front,
    title,
    authors: front.authors ?? (bylineNames ? splitNames(bylineNames) : undefined),
  };
  return { text: joinBlocks(withTitle(title, blocks)), meta };
}

/** The text of a node with its markup dropped: emphasis, links (their text stays), inline code. */
function inline(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') return node.value;
  if (node.type === 'break') return '\n';
  if (node.type === 'image' || node.type === 'html') return '';
  if ('children' in node) return node.children.map((child) => inline(child as Nodes)).join('');
  return '';
}

function splitNames(text: string): string[] {
  return text
    .split(/\s*(?:,|;|\band\b|&)\s*/i)
    .map((name) => name.trim())
    .filter(Boolean);
}

/** Title, author(s), publisher, date and URL from YAML front matter, under their usual names. */
function frontMatter(tree: Root): ArticleMeta {
  const node = tree.children.find((child) => child.type === 'yaml');
  if (node?.type !== 'yaml') return {};
  let data: unknown;
  try {
    data = load(node.value);
  } catch {
    return {};
  }
  if (typeof data !== 'object' || data === null) return {};
  const fields = data as Record<string, unknown>;
  const text = (...keys: string[]) => {
    for (const key of keys) {
      const value = fields[key];
      if (value instanceof Date) return value.toISOString().slice(0, 10);
      if (typeof value === 'string' || typeof value === 'number') return clean(String(value));
    }
    return undefined;
  };
  const authorField = fields.authors ?? fields.author;
  const authors = Array.isArray(authorField)
    ? authorField.map((name) => clean(String(name))).filter((name): name is string => !!name)
    : typeof authorField === 'string'
      ? splitNames(authorField)
      : undefined;
  return {
    title: text('title'),
    authors: authors && authors.length > 0 ? authors : undefined,
    publisher: text('publisher', 'site', 'source', 'journal'),
    published: text('date', 'published', 'pubDate'),
    url: text('url', 'link', 'canonical'),
  };
}
