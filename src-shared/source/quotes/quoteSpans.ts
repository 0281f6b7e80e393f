/** A run of text between quotation marks: offsets of the words inside the marks. */
export interface QuoteSpan {
  start: number;
  end: number;
  /** Where the opening mark is, and just past the closing one (or the end of the words, when unclosed). */
  outerStart: number;
  outerEnd: number;
  /** The quote breaks off at another opening mark: it is the same speaker's, told at the next quote. */
  runsOn: boolean;
}

/** Which marks open quotations in this text: double quotes, or single ones (British style) when a single one opens first. */
function marksOf(text: string): { open: RegExp; isClose(text: string, at: number): boolean } {
  const firstDouble = text.search(/[“"]/);
  const firstSingle = text.search(/(?:^|[\s(—–-])‘/);
  if (firstSingle < 0 || (firstDouble >= 0 && firstDouble < firstSingle))
    return { open: /[“"]/, isClose: (t, at) => t[at] === '”' || t[at] === '"' };
  // A closing ’ is followed by no letter (an apostrophe is: "don’t", "Kim’s").
  return { open: /‘/, isClose: (t, at) => t[at] === '’' && !/\p{L}/u.test(t[at + 1] ?? '') };
}

/**
 * Every quotation in the text. Quotes nested in another are part of it; a quote left open at the end of
 * a paragraph goes on when the next paragraph opens with a quotation mark (the convention for quotes
 * that run over several paragraphs); one left open before another opening mark ends there.
 */
export function quoteSpans(text: string): QuoteSpan[] {
  const marks = marksOf(text);
  const spans: QuoteSpan[] = [];
  let open = -1;
  const push = (outerEnd: number, end: number, runsOn: boolean) => {
    let from = open + 1;
    let to = end;
    while (from < to && /\s/.test(text[from] as string)) from++;
    while (to > from && /[\s,;:]/.test(text[to - 1] as string)) to--;
    if (to > from) spans.push({ start: from, end: to, outerStart: open, outerEnd, runsOn });
    open = -1;
  };
  for (let at = 0; at < text.length; at++) {
    const char = text[at] as string;
    if (open >= 0 && marks.isClose(text, at) && (char !== '"' || at > open + 1)) {
      push(at + 1, at, false);
      continue;
    }
    if (marks.open.test(char) && (char !== '"' || open < 0)) {
      if (open >= 0) push(at, at, true);
      open = at;
      continue;
    }
    if (open >= 0 && char === '\n' && text[at + 1] === '\n') {
      // A paragraph ends inside the quote: it runs on if the next paragraph opens with a mark.
      let next = at;
      while (/\s/.test(text[next] as string)) next++;
      if (marks.open.test(text[next] ?? '')) {
        at = next; // the quote continues past the next opening mark
        continue;
      }
      push(at, at, false);
    }
  }
  if (open >= 0) push(text.length, text.length, false);
  return spans;
}
