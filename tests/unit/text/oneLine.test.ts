import fc from 'fast-check';
import { oneLine } from '../../../src-shared/text/oneLine';

const rewritten = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('a text on one line', () => {
  test('collapses runs of whitespace of every kind into one space and trims both ends', () => {
    expect(oneLine('  Cars\tcrowd\n\nthe\u00a0streets.\u2028 ')).toBe('Cars crowd the streets.');
    expect(oneLine('One line already.')).toBe('One line already.');
  });

  test('is exactly what rewriting every run of whitespace gives, for any text', () => {
    const piece = fc.constantFrom(
      'a',
      'word',
      ' ',
      '  ',
      '\t',
      '\n',
      '\r\n',
      '\u00a0',
      '\u2003',
      '\u3000',
      '\ufeff',
      '.',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join('')),
        (text) => {
          expect(oneLine(text)).toBe(rewritten(text));
        },
      ),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(oneLine(text)).toBe(rewritten(text));
      }),
      { numRuns: 2000 },
    );
  });
});
