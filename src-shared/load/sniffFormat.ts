/**
 * Formats people give Argmap by mistake, told by their first bytes: the message then says what the
 * file is ("a PDF document") instead of where its bytes stop being UTF-8. PNG and SVG are not here:
 * they may carry an embedded map and are read as images.
 */
const SIGNATURES: ReadonlyArray<{ bytes: ReadonlyArray<number | null>; what: string }> = [
  { bytes: ascii('%PDF-'), what: 'a PDF document' },
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    what: 'a ZIP archive (Word, Excel and OpenDocument files are ZIP archives)',
  },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: 'an empty ZIP archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an old-style Microsoft Office document' },
  { bytes: ascii('{\\rtf'), what: 'an RTF document' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: ascii('GIF8'), what: 'a GIF image' },
  { bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')], what: 'a WebP image' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], what: 'a TIFF image' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], what: 'a TIFF image' },
  { bytes: [0x1f, 0x8b], what: 'a gzip-compressed file' },
  { bytes: ascii('7z\xbc\xaf\x27\x1c'), what: 'a 7-Zip archive' },
  { bytes: ascii('Rar!'), what: 'a RAR archive' },
  { bytes: ascii('SQLite format 3\0'), what: 'an SQLite database' },
  { bytes: [0x7f, ...ascii('ELF')], what: 'a program (ELF)' },
  { bytes: [0xef, 0xbb, 0xbf, ...ascii('%PDF-')], what: 'a PDF document' },
];

function ascii(text: string): number[] {
  return Array.from(text, (char) => char.charCodeAt(0));
}

/** What the file is, as "a PDF document", when its first bytes say it is not a map; null otherwise. */
export function sniffFormat(bytes: Uint8Array): string | null {
  const found = SIGNATURES.find(
    ({ bytes: signature }) =>
      bytes.length >= signature.length && signature.every((byte, i) => byte === null || bytes[i] === byte),
  );
  return found?.what ?? null;
}
