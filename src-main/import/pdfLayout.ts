/** One run of text on a PDF page, in PDF units with y growing upwards (as pdf.js gives it). */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfItem[];
}

/** A line of text: items on one baseline that touch, so a gutter between two columns splits it. */
interface Line {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
}

/** The part of a page's height where running headers and footers sit. */
const MARGIN_SHARE = 0.1;

/**
 * Turns pages of positioned text into paragraphs: lines joined, words hyphenated at line ends joined,
 * two columns read in column order, running headers, footers and page numbers dropped.
 */
export function pdfBlocks(pages: readonly PdfPage[]): string[] {
  const perPage = pages.map((page) => ({ page, lines: orderColumns(linesOf(page.items), page.width) }));
  const running = runningLines(perPage);
  const blocks: string[] = [];
  for (const { page, lines } of perPage) {
    const body = lines.filter(
      (line) =>
        !(
          inMargin(line, page) &&
          (running.has(shape(line.text)) || isPageNumber(line.text) || isPrintStamp(line.text))
        ),
    );
    blocks.push(...paragraphs(body));
  }
  return mergeAcrossPages(blocks);
}

function linesOf(items: readonly PdfItem[]): Line[] {
  const sorted = items.filter((item) => item.str.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const item of sorted) {
    const size = item.height || 10;
    const line = lines.findLast(
      (candidate) =>
        Math.abs(candidate.y - item.y) < size * 0.4 &&
        item.x - candidate.right < size * 1.5 &&
        item.x >= candidate.x,
    );
    if (!line) {
      lines.push({ text: item.str, x: item.x, right: item.x + item.width, y: item.y, size });
      continue;
    }
    const gap = item.x - line.right;
    const space = gap > size * 0.15 && !line.text.endsWith(' ') && !item.str.startsWith(' ') ? ' ' : '';
    line.text += space + item.str;
    line.right = Math.max(line.right, item.x + item.width);
    line.size = Math.max(line.size, size);
  }
  for (const line of lines) line.text = line.text.replace(/\s+/g, ' ').trim();
  return lines.filter((line) => line.text.length > 0);
}

/** On a two-column page, the left column's lines, then the right's; full-width lines keep their place above or below. */
function orderColumns(lines: Line[], width: number): Line[] {
  const middle = width / 2;
  const left = lines.filter((line) => line.right <= middle + width * 0.02);
  const right = lines.filter((line) => line.x >= middle - width * 0.02);
  const twoColumns =
    left.length >= 3 && right.length >= 3 && left.length + right.length >= lines.length * 0.7;
  if (!twoColumns) return lines.sort((a, b) => b.y - a.y || a.x - b.x);
  const columnTop = Math.max(...[...left, ...right].map((line) => line.y));
  const wide = lines.filter((line) => !left.includes(line) && !right.includes(line));
  const above = wide.filter((line) => line.y > columnTop);
  const below = wide.filter((line) => line.y <= columnTop);
  const byY = (a: Line, b: Line) => b.y - a.y;
  return [...above.sort(byY), ...left.sort(byY), ...right.sort(byY), ...below.sort(byY)];
}

/** Digits become "#": "Page 3 of 9" and "Page 4 of 9" are the same running line. */
const shape = (text: string) => text.replace(/\d+/g, '#').toLowerCase();
const isPageNumber = (text: string) => /^(page\s*)?[#\d]+(\s*(of|\/)\s*\d+)?$/i.test(text.trim());
/** What a browser prints around a page: the date and time, the page's address, "1/3". */
const isPrintStamp = (text: string) =>
  /^\d{1,2}\/\d{1,2}\/\d{2,4},? \d{1,2}:\d{2}/.test(text) || /^(https?|file):\/\/\S+( \d+\/\d+)?$/.test(text);
const inMargin = (line: Line, page: PdfPage) =>
  line.y > page.height * (1 - MARGIN_SHARE) || line.y < page.height * MARGIN_SHARE;

/** Lines in the top or bottom margin that recur on at least half the pages (two at least). */
function runningLines(pages: ReadonlyArray<{ page: PdfPage; lines: Line[] }>): Set<string> {
  const counts = new Map<string, number>();
  for (const { page, lines } of pages) {
    const seen = new Set(lines.filter((line) => inMargin(line, page)).map((line) => shape(line.text)));
    for (const text of seen) counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  const needed = Math.max(2, pages.length / 2);
  return new Set([...counts].filter(([, count]) => count >= needed).map(([text]) => text));
}

/** Lines into paragraphs: a wider gap than the usual line spacing, or a change of type size, starts a new one. */
function paragraphs(lines: readonly Line[]): string[] {
  const gaps = lines
    .slice(1)
    .map((line, i) => (lines[i] as Line).y - line.y)
    .filter((gap) => gap > 0);
  const spacing = median(gaps) || 12;
  const blocks: string[] = [];
  let current: Line[] = [];
  const flush = () => {
    if (current.length > 0) blocks.push(joinLines(current.map((line) => line.text)));
    current = [];
  };
  for (const line of lines) {
    const previous = current.at(-1);
    const gap = previous ? previous.y - line.y : 0;
    const newBlock =
      previous &&
      (gap > spacing * 1.3 || gap < 0 || Math.abs(line.size - previous.size) > previous.size * 0.15);
    if (newBlock) flush();
    current.push(line);
  }
  flush();
  return blocks;
}

/** Joins a paragraph's lines; "argu-" at a line's end and "ment" on the next become "argument". */
export function joinLines(lines: readonly string[]): string {
  let text = '';
  for (const line of lines) {
    if (text === '') text = line;
    else if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(line)) text = text.slice(0, -1) + line;
    else text += ` ${line}`;
  }
  return text;
}

/** A paragraph cut by a page break (no closing punctuation, the next starts in lower case) is one paragraph. */
function mergeAcrossPages(blocks: readonly string[]): string[] {
  const merged: string[] = [];
  for (const block of blocks) {
    const last = merged.at(-1);
    if (last && /[\p{Ll},;-]$/u.test(last) && /^\p{Ll}/u.test(block))
      merged[merged.length - 1] = joinLines([last, block]);
    else merged.push(block);
  }
  return merged;
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}
