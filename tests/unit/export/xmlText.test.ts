import fc from 'fast-check';
import { xmlContent, xmlText } from '../../../src-shared/export/xml';

/** The rule, character by character: what XML 1.0 forbids is dropped, and markup is escaped. */
function expected(text: string): string {
  const escapes: Record<string, string> = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&apos;',
  };
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 && code !== 0x09 && code !== 0x0a) continue;
    if ((code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff) continue;
    out += escapes[char] ?? char;
  }
  return out;
}

test('markup is escaped once, ampersands included', () => {
  expect(xmlText(`a & b <c> "d" 'e' &amp;`)).toBe(
    'a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &amp;amp;',
  );
});

test('controls, carriage returns, U+FFFE, U+FFFF and lone surrogates are dropped; tabs, new lines and pairs stay', () => {
  expect(xmlText('a\u0001b\rc\td\ne\uFFFEf\uFFFFg')).toBe('abc\td\nefg');
  expect(xmlText('\uD800x\uDC00y😀\uD83D')).toBe('xy😀');
  expect(xmlText('\uD800\uD83D\uDE00\uDE00')).toBe('😀');
});

test('any text comes out as the character-by-character rule says', () => {
  const unit = fc.constantFrom(
    'a',
    ' ',
    '&',
    '<',
    '>',
    '"',
    "'",
    '\t',
    '\n',
    '\r',
    '\u0000',
    '\u001F',
    '\uD83D',
    '\uDE00',
    '\uFFFE',
    '\uFFFF',
    'é',
  );
  fc.assert(
    fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
      expect(xmlText(text)).toBe(expected(text));
    }),
  );
});

test('element content keeps quotes and apostrophes, and escapes the rest as attributes do', () => {
  expect(xmlContent(`"a" & 'b' <c>\u0001`)).toBe(`"a" &amp; 'b' &lt;c&gt;`);
  fc.assert(
    fc.property(fc.string({ maxLength: 40 }), (text) => {
      expect(xmlContent(text).replaceAll('"', '&quot;').replaceAll("'", '&apos;')).toBe(xmlText(text));
    }),
  );
});
