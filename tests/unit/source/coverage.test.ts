import type { ArgNode } from '../../../src-shared/model/map';
import { bodySentences, sentenceAt, snapToWords, sourceCoverage } from '../../../src-shared/source/coverage';

const TEXT =
  'Bus lanes\n\nThe council voted. Mayor Okafor welcomed it! Was it wise?\n\nTraders\n\nShops fear the loss of parking.';
const anchored = (start: number, end: number): ArgNode => ({
  id: `n${start}`,
  kind: 'premise',
  text: '',
  position: { x: 0, y: 0 },
  anchor: { start, end, exact: TEXT.slice(start, end) },
});

describe('coverage of the source', () => {
  it('counts the body’s sentences, not its title or headings', () => {
    expect(bodySentences(TEXT).map(({ start, end }) => TEXT.slice(start, end))).toEqual([
      'The council voted.',
      'Mayor Okafor welcomed it!',
      'Was it wise?',
      'Shops fear the loss of parking.',
    ]);
  });

  it('gives the share of sentences a passage touches, and lists the others', () => {
    const from = TEXT.indexOf('welcomed');
    const coverage = sourceCoverage(TEXT, [anchored(from, from + 8)], new Set());
    expect(coverage.share).toBe(0.25);
    expect(coverage.unmapped.map(({ start }) => TEXT.slice(start, start + 5))).toEqual([
      'The c',
      'Was i',
      'Shops',
    ]);
  });

  it('does not count a passage that changed', () => {
    const from = TEXT.indexOf('Shops');
    expect(sourceCoverage(TEXT, [anchored(from, from + 5)], new Set([`n${from}`])).share).toBe(0);
  });

  it('finds the sentence at an offset (Alt+click)', () => {
    const sentence = sentenceAt(TEXT, TEXT.indexOf('Okafor'));
    expect(sentence && TEXT.slice(sentence.start, sentence.end)).toBe('Mayor Okafor welcomed it!');
    expect(sentenceAt(TEXT, 2)).toBeUndefined();
  });

  it('widens a selection to whole words', () => {
    const start = TEXT.indexOf('ouncil');
    const end = TEXT.indexOf('oted') + 2;
    const snapped = snapToWords(TEXT, start, end);
    expect(TEXT.slice(snapped.start, snapped.end)).toBe('council voted');
  });
});
