import type { QuoteCandidate } from '../../../src-shared/source/quotes/findQuotes';

/** A quote a person marked by hand: its opening words and who said it. */
export interface ExpectedQuote {
  opens: string;
  speaker: string;
}

/** Recall (expected quotes found with the right speaker) and precision (found quotes that were expected). */
export function score(found: readonly QuoteCandidate[], expected: readonly ExpectedQuote[]) {
  const direct = found.filter((quote) => quote.direct);
  const right = expected.filter((want) =>
    direct.some((quote) => quote.text.startsWith(want.opens) && quote.speaker === want.speaker),
  );
  const wanted = direct.filter((quote) => expected.some((want) => quote.text.startsWith(want.opens)));
  return {
    recall: right.length / expected.length,
    precision: direct.length === 0 ? 1 : wanted.length / direct.length,
    missed: expected.filter((want) => !right.includes(want)),
  };
}
