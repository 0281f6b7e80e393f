import fc from 'fast-check';
import { wrapText } from '../../../src-shared/export/wrapText';

// A monospaced stand-in for canvas measureText: 7 px per character (grapheme clusters count as one).
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const measure = (text: string) => 7 * [...segmenter.segment(text)].length;

test('text that fits stays on one line', () => {
  expect(wrapText('Cars make streets loud.', 245, measure)).toEqual(['Cars make streets loud.']);
});

test('lines break at spaces, and the spaces at a break are dropped', () => {
  expect(wrapText('aaa bbb ccc', 49, measure)).toEqual(['aaa bbb', 'ccc']);
  expect(wrapText('aaa    bbb', 35, measure)).toEqual(['aaa', 'bbb']);
  expect(wrapText('aaa\tbbb', 35, measure)).toEqual(['aaa', 'bbb']);
});

test('a new line always breaks, and empty paragraphs keep their line', () => {
  expect(wrapText('a\n\nb', 245, measure)).toEqual(['a', '', 'b']);
  expect(wrapText('a\n', 245, measure)).toEqual(['a', '']);
});

test('a word longer than the line is broken between characters', () => {
  expect(wrapText('abcdefghij', 28, measure)).toEqual(['abcd', 'efgh', 'ij']);
  // It first moves to a line of its own, as the browser does.
  expect(wrapText('ab abcdefghij', 35, measure)).toEqual(['ab', 'abcde', 'fghij']);
});

test('breaking by characters keeps emoji and accented letters whole', () => {
  expect(wrapText('👨‍👩‍👧👍🏽e\u0301', 7, measure)).toEqual(['👨‍👩‍👧', '👍🏽', 'e\u0301']);
});

test('empty text is one empty line, and spaces at the start of a paragraph are kept', () => {
  expect(wrapText('', 245, measure)).toEqual(['']);
  expect(wrapText('   ', 245, measure)).toEqual(['']);
  expect(wrapText('  ab  ', 245, measure)).toEqual(['  ab']);
});

test('however narrow the column, every line holds at least one character', () => {
  expect(wrapText('ab cd', 0, measure)).toEqual(['a', 'b', 'c', 'd']);
});

test('wrapping loses no text, and every line fits unless it is one character', () => {
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'é', '😀'), minLength: 1, maxLength: 30 });
  const gap = fc.constantFrom(' ', '  ', '\n', '\t', ' \n ');
  const text = fc.array(fc.tuple(word, gap), { maxLength: 12 }).map((parts) => parts.flat().join(''));
  fc.assert(
    fc.property(text, fc.integer({ min: 0, max: 300 }), (input, width) => {
      const lines = wrapText(input, width, measure);
      const letters = (s: string) => s.replace(/\s/g, '');
      expect(lines.map(letters).join('')).toBe(letters(input));
      expect(lines.length).toBeGreaterThanOrEqual(input.split('\n').length);
      for (const line of lines) {
        if (measure(line) > width) expect(measure(line.trim())).toBe(7);
      }
    }),
  );
});

test('each candidate line is measured once', () => {
  const measured: string[] = [];
  const counting = (text: string) => {
    measured.push(text);
    return measure(text);
  };
  expect(wrapText('aaa bbb ccc ddd eee', 49, counting)).toEqual(['aaa bbb', 'ccc ddd', 'eee']);
  expect(measured.length).toBe(new Set(measured).size);
});
