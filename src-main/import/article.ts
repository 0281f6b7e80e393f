/** What an imported document says about itself: every field is optional, since many documents say little. */
export interface ArticleMeta {
  title?: string;
  /** One or more authors, in the order the document names them. */
  authors?: string[];
  /** The publisher, newspaper or web site. */
  publisher?: string;
  /** The publication date as the document gives it (ISO 8601 where it gives one). */
  published?: string;
  url?: string;
}

/** An article brought in: its body as plain text (blocks separated by blank lines) and its metadata. */
export interface Article {
  text: string;
  meta: ArticleMeta;
}

export type ImportResult = { ok: true; article: Article } | { ok: false; message: string };

/** A reason an import cannot go on, with a message a person understands. Caught by `importArticle`. */
export class ImportProblem extends Error {}

/** How a long import reports progress and learns that it was canceled. */
export interface ImportControl {
  signal?: AbortSignal;
  /** `done` of `total` parts (pages of a PDF). */
  onProgress?: (done: number, total: number) => void;
}

/** Joins blocks into source text: each block on its own, blank lines between, whitespace tidied. */
export function joinBlocks(blocks: readonly string[]): string {
  return blocks
    .map((block) =>
      block
        .replace(/[ \t\u00a0]+/g, ' ')
        .replace(/ *\n */g, '\n')
        .trim(),
    )
    .filter((block) => block.length > 0)
    .join('\n\n');
}

/** Tidies a metadata value: collapsed spaces; undefined when empty. */
export function clean(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}

/** Source text starts with the title on a line of its own (the pane shows it as the title). */
export function withTitle(title: string | undefined, blocks: readonly string[]): string[] {
  const first = blocks[0]?.replace(/\s+/g, ' ').trim();
  if (!title || first === title) return [...blocks];
  return [title, ...blocks];
}
