/** The width of a run of text in px, in one fixed font. */
export type MeasureLine = (text: string) => number;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Breaks text into lines the way the canvas does (`white-space: pre-wrap; overflow-wrap: anywhere`):
 * `\n` always starts a new line; a line breaks after a run of spaces or tabs; a word wider than the
 * line is broken between characters (grapheme clusters, so emoji and accents stay whole). Spaces at
 * the start of a paragraph are kept; those at the end of a line hang in the margin and are dropped.
 */
export function wrapText(text: string, maxWidth: number, measure: MeasureLine): string[] {
  return text.split('\n').flatMap((paragraph) => wrapParagraph(paragraph, maxWidth, measure));
}

function wrapParagraph(paragraph: string, maxWidth: number, measure: MeasureLine): string[] {
  const lines: string[] = [];
  let line = '';
  // Each piece is a word and the spaces after it: the only places a line may break.
  for (const [, word = '', spaces = ''] of paragraph.matchAll(/([^ \t]*)([ \t]*)/g)) {
    if (word === '' && spaces === '') continue;
    if (word !== '') {
      // Each candidate line is measured once: the line with the word, then, if that overflows a line
      // that holds more than spaces, the word alone on a new line.
      let fits = !(measure(line + word) > maxWidth);
      if (!fits && line.trim() !== '') {
        lines.push(line);
        line = '';
        fits = !(measure(word) > maxWidth);
      }
      if (fits) {
        line += word;
      } else {
        const pieces = breakWord(line + word, maxWidth, measure);
        lines.push(...pieces.slice(0, -1));
        line = pieces.at(-1) ?? '';
      }
    }
    line += spaces;
  }
  lines.push(line);
  return lines.map((l) => l.replace(/[ \t]+$/, ''));
}

/** Fills lines character by character; every line gets at least one, however narrow the column. */
function breakWord(word: string, maxWidth: number, measure: MeasureLine): string[] {
  const lines: string[] = [];
  let line = '';
  for (const { segment } of graphemes.segment(word)) {
    if (line !== '' && measure(line + segment) > maxWidth) {
      lines.push(line);
      line = '';
    }
    line += segment;
  }
  lines.push(line);
  return lines;
}
