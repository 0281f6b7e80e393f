import { readFileSync } from 'node:fs';
import { findQuotes } from '../../../src-shared/source/quotes/findQuotes';
import { type ExpectedQuote, score } from './quoteScore';

/** Every direct quote of the seed article with its speaker, checked by hand. */
const SEED: ExpectedQuote[] = [
  { opens: 'deep sympathy and condolences', speaker: 'Kim Jong-un' },
  { opens: 'We must take a bold step', speaker: 'Fumio Kishida' },
  { opens: 'is making various concrete efforts', speaker: 'Fumio Kishida' },
  { opens: 'it is extremely important for me', speaker: 'Fumio Kishida' },
  { opens: 'shouldn’t waste a moment', speaker: 'Fumio Kishida' },
  { opens: 'has different approaches', speaker: 'Fumio Kishida' },
  { opens: 'without setting any conditions', speaker: 'Fumio Kishida' },
  { opens: 'positive', speaker: 'Kim Yo-jong' },
  { opens: 'no reason', speaker: 'Kim Yo-jong' },
  { opens: 'I think there would be no reason', speaker: 'Kim Yo-jong' },
  { opens: 'already resolved', speaker: 'Kim Yo-jong' },
  { opens: 'political decision to open a new way', speaker: 'Kim Yo-jong' },
  { opens: 'can open a new future together', speaker: 'Kim Yo-jong' },
  { opens: 'personal point of view', speaker: 'Kim Yo-jong' },
  { opens: 'personal opinion', speaker: 'Kim Yo-jong' },
  { opens: 'Japan intends to comprehensively resolve', speaker: 'Yoshimasa Hayashi' },
  { opens: 'Almost every Japanese conservative politician', speaker: 'Jeffrey J. Hall' },
  { opens: 'Kishida cannot simply sidestep', speaker: 'Jeffrey J. Hall' },
  { opens: 'Kishida will keep both Seoul', speaker: 'Robert Ward' },
  { opens: 'Kishida will visit Seoul', speaker: 'Robert Ward' },
  { opens: 'could be useful', speaker: 'Christopher Johnstone' },
];

/** A news report in American style: split quotes, "said X, role", pronouns, a role, an organisation, a document. */
const NEWS = `Council backs the bus lanes

The city council voted on Tuesday to build bus lanes on Main Street. Mayor Linda Okafor welcomed the vote.

“This is the day our buses stop waiting in traffic,” Okafor said. “Riders have waited long enough.”

Business owners were less sure. “We will lose parking, and with it customers,” said Raj Patel, chair of the Main Street Traders. He added that shops “cannot survive another year of roadworks.”

According to a statement from the transport ministry, the lanes “will cut journey times by a quarter.” The 2022 transport plan states that “every trunk road shall carry a bus lane by 2030.”

The mayor told reporters: “We listened, and we changed the plan twice.”

Critics called the scheme a “war on drivers”, but the vote passed easily.`;

const NEWS_EXPECTED: ExpectedQuote[] = [
  { opens: 'This is the day our buses', speaker: 'Linda Okafor' },
  { opens: 'Riders have waited long enough', speaker: 'Linda Okafor' },
  { opens: 'We will lose parking', speaker: 'Raj Patel' },
  { opens: 'cannot survive another year', speaker: 'Raj Patel' },
  { opens: 'will cut journey times', speaker: 'the transport ministry' },
  { opens: 'every trunk road shall carry', speaker: 'The 2022 transport plan' },
  { opens: 'We listened', speaker: 'Linda Okafor' },
];

/** A British feature: single quotes, double quotes nested inside them, a quote over two paragraphs. */
const FEATURE = `The last ferry

Anna Voss has run the island ferry for thirty years. ‘People think the sea is the hard part,’ Voss said, ‘but the paperwork is worse. The council calls it “a minor formality”.’

She remembers the winter of 1987 well. ‘We lost the engine a mile out.

‘Nobody panicked. We drifted home on the tide,’ she said.

Her deputy, Tom Breen, told the inquiry that the new timetable was ‘simply unworkable’. The so-called ‘efficiency review’ has not been published.`;

const FEATURE_EXPECTED: ExpectedQuote[] = [
  { opens: 'People think the sea is the hard part', speaker: 'Anna Voss' },
  { opens: 'but the paperwork is worse', speaker: 'Anna Voss' },
  { opens: 'We lost the engine a mile out', speaker: 'Anna Voss' },
  { opens: 'simply unworkable', speaker: 'Tom Breen' },
];

describe('the quote finder', () => {
  it('finds the seed article’s direct quotes with their speakers', () => {
    const text: string = JSON.parse(readFileSync('maps/article.argmap.json', 'utf8')).source.text;
    const result = score(findQuotes(text), SEED);
    console.info(
      `seed article: recall ${result.recall.toFixed(2)}, precision ${result.precision.toFixed(2)}`,
    );
    expect(result.recall).toBeGreaterThanOrEqual(0.95);
    expect(result.precision).toBe(1);
  });

  it('reads a news report: split quotes, "said X, role", pronouns, roles, organisations and documents', () => {
    const found = findQuotes(NEWS);
    const result = score(found, NEWS_EXPECTED);
    console.info(`news report: recall ${result.recall.toFixed(2)}, precision ${result.precision.toFixed(2)}`);
    expect(result.missed).toEqual([]);
    expect(result.precision).toBe(1);
    expect(found.find((quote) => quote.text.startsWith('We will lose'))?.role).toBe(
      'chair of the Main Street Traders',
    );
    expect(found.some((quote) => quote.text === 'war on drivers')).toBe(false);
  });

  it('reads a British feature: single quotes, nested quotes, a quote over two paragraphs, no scare quotes', () => {
    const found = findQuotes(FEATURE);
    const result = score(found, FEATURE_EXPECTED);
    console.info(`feature: recall ${result.recall.toFixed(2)}, precision ${result.precision.toFixed(2)}`);
    expect(result.missed).toEqual([]);
    expect(result.precision).toBe(1);
    const twoParagraphs = found.find((quote) => quote.text.startsWith('We lost the engine'));
    expect(twoParagraphs?.text).toContain('We drifted home on the tide');
    expect(found.find((quote) => quote.text.startsWith('but the paperwork'))?.text).toContain(
      '“a minor formality”',
    );
  });

  it('gives offsets into the text, in reading order', () => {
    const found = findQuotes(NEWS);
    for (const quote of found) expect(NEWS.slice(quote.start, quote.end)).toBe(quote.text);
    expect(found.map((quote) => quote.start)).toEqual(
      [...found.map((quote) => quote.start)].sort((a, b) => a - b),
    );
  });

  it('offers reported speech as indirect', () => {
    const text = 'Bus use rose by a third, said Linda Okafor, the mayor.';
    expect(findQuotes(text)).toEqual([
      {
        text: 'Bus use rose by a third',
        speaker: 'Linda Okafor',
        role: 'mayor',
        start: 0,
        end: 23,
        direct: false,
      },
    ]);
  });
});
