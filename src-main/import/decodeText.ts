import { ImportProblem } from './article';

/**
 * Plain text in any common encoding: UTF-8 with or without a BOM, UTF-16 with a BOM, and, when the
 * bytes are not valid UTF-8, Windows-1252 (what older editors save). Line endings become "\n".
 */
export function decodeText(bytes: Uint8Array): string {
  return normalizeLineEndings(decode(bytes));
}

function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    if (body.includes(0)) throw new ImportProblem('it is a binary file, not text.');
    return new TextDecoder('windows-1252').decode(body);
  }
}

export function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
