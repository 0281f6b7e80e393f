import { LIMITS } from '../../src-shared/model/limits';
import { type ImportControl, ImportProblem, type ImportResult } from './article';
import { decodeText } from './decodeText';
import { fromDocx } from './fromDocx';
import { fromHtml } from './fromHtml';
import { fromMarkdown } from './fromMarkdown';
import { fromPdf } from './fromPdf';
import { fromText } from './fromText';

/** Files larger than this are refused before they are read. */
export const MAX_ARTICLE_BYTES = 64 * 1024 * 1024;

export type ArticleFormat = 'html' | 'pdf' | 'docx' | 'markdown' | 'text';

/** The extensions New Map from Article… offers, by format. */
export const ARTICLE_EXTENSIONS: Record<ArticleFormat, readonly string[]> = {
  html: ['html', 'htm', 'xhtml'],
  pdf: ['pdf'],
  docx: ['docx'],
  markdown: ['md', 'markdown', 'mdown'],
  text: ['txt', 'text'],
};

/** Whether a file's name says it is an article New Map from Article… can import. */
export function isArticleFileName(name: string): boolean {
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  return Object.values(ARTICLE_EXTENSIONS).some((extensions) => extensions.includes(extension));
}

/** The format of a file, by its name, or by its first bytes when the name says nothing. */
export function formatOf(bytes: Uint8Array, name: string): ArticleFormat {
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  for (const [format, extensions] of Object.entries(ARTICLE_EXTENSIONS)) {
    if (extensions.includes(extension)) return format as ArticleFormat;
  }
  const head = new TextDecoder().decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  if (head.startsWith('%pdf-')) return 'pdf';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'docx';
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'html';
  return 'text';
}

/**
 * Brings an article in from a file's bytes: its body as plain text and what it says about itself.
 * Never throws: a file that cannot be read gives a message naming the file and what is wrong.
 */
export async function importArticle(
  bytes: Uint8Array,
  name: string,
  control: ImportControl = {},
): Promise<ImportResult> {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return {
      ok: false,
      message: `"${name}" is too large to import (${megabytes(bytes.length)}; the limit is 64 MiB).`,
    };
  }
  try {
    const article = await read(bytes, name, control);
    if (article.text.trim().length === 0) throw new ImportProblem('it has no text.');
    if (article.text.length > LIMITS.sourceText) {
      throw new ImportProblem(
        `its text is longer than a map can hold (${LIMITS.sourceText.toLocaleString('en-US')} characters).`,
      );
    }
    return { ok: true, article };
  } catch (error) {
    if (!(error instanceof ImportProblem)) console.warn(`[import] ${name}:`, error);
    const why = error instanceof ImportProblem ? error.message : `it could not be read (${String(error)}).`;
    return { ok: false, message: `Could not import "${name}": ${why}` };
  }
}

function read(bytes: Uint8Array, name: string, control: ImportControl) {
  switch (formatOf(bytes, name)) {
    case 'pdf':
      return fromPdf(bytes, control);
    case 'docx':
      return fromDocx(bytes);
    case 'html':
      return fromHtml(decodeText(bytes));
    case 'markdown':
      return fromMarkdown(decodeText(bytes));
    case 'text':
      return fromText(bytes);
  }
}

const megabytes = (size: number) => `${(size / 1024 / 1024).toFixed(0)} MiB`;
