/** A run of the source text shown as one element: the title, a section heading, or a paragraph. */
export interface SourceBlock {
  kind: 'title' | 'heading' | 'paragraph';
  /** UTF-16 offsets into the source text, so highlights and selections map straight to anchors. */
  start: number;
  end: number;
}

const HEADING_MAX_LENGTH = 90;

/**
 * Splits plain source text into blocks at blank lines. Articles pasted as text keep their headings
 * as short lines without closing punctuation; the first such line of the text is its title.
 */
export function splitIntoBlocks(text: string): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  const separator = /\n[ \t]*\n\s*/g;
  let start = text.search(/\S/);
  if (start < 0) return blocks;
  while (start < text.length) {
    separator.lastIndex = start;
    const match = separator.exec(text);
    const end = match ? match.index : text.trimEnd().length;
    if (end > start) blocks.push({ kind: classify(text.slice(start, end), blocks.length === 0), start, end });
    if (!match) break;
    start = match.index + match[0].length;
  }
  return blocks;
}

function classify(paragraph: string, first: boolean): SourceBlock['kind'] {
  const oneLine = !paragraph.includes('\n');
  if (first && oneLine) return 'title';
  if (oneLine && paragraph.length <= HEADING_MAX_LENGTH && !/[.!?:;,”"’)]$/.test(paragraph)) return 'heading';
  return 'paragraph';
}
