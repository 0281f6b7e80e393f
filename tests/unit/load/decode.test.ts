import fc from 'fast-check';
import { decodeUtf8 } from '../../../src-shared/load/decode';
import { LIMITS } from '../../../src-shared/model/limits';

const utf8 = (text: string) => new TextEncoder().encode(text);
const offsetIn = (result: ReturnType<typeof decodeUtf8>) =>
  result.ok ? undefined : Number(/offset (\d+)/.exec(result.errors[0]?.message ?? '')?.[1]);

// Bytes that can never start a valid character here: a lone continuation, bytes UTF-8 never uses,
// an overlong lead, a lead cut short by an ASCII byte, and a character cut short by the end of the file.
const badTails = fc.constantFrom(
  [0x80],
  [0xff],
  [0xfe, 0x41],
  [0xc0, 0xaf],
  [0xe2, 0x41],
  [0xf0, 0x9f, 0x41],
  [0xe2, 0x82],
  [0xf0],
);

test('the reported offset is where the valid text before the bad bytes ends', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), badTails, fc.string(), (before, bad, after) => {
      const prefix = utf8(before);
      const bytes = Uint8Array.of(
        ...prefix,
        ...bad,
        ...(bad.length === 1 || bad[1] === 0x41 ? utf8(after) : []),
      );
      expect(offsetIn(decodeUtf8(bytes))).toBe(prefix.byteLength);
    }),
    { numRuns: 300 },
  );
});

test('any valid text decodes to itself, with or without a byte-order mark', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), fc.boolean(), (text, bom) => {
      const bytes = bom ? Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8(text)) : utf8(text);
      // One leading byte-order mark is dropped, whether it came first in the text or was added.
      const expected = bom || !text.startsWith('\ufeff') ? text : text.slice(1);
      expect(decodeUtf8(bytes)).toEqual({ ok: true, value: expected });
    }),
    { numRuns: 300 },
  );
});

test('a file of exactly the size limit is read; one byte more is not', () => {
  const atLimit = new Uint8Array(LIMITS.fileBytes + 1);
  expect(decodeUtf8(atLimit.subarray(0, LIMITS.fileBytes)).ok).toBe(true);
  expect(decodeUtf8(atLimit)).toMatchObject({ ok: false, errors: [{ code: 'file-too-large', pointer: '' }] });
});
