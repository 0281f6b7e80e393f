import { LIMITS } from '../model/limits';
import { failure, type LoadResult } from './loadError';
import { sniffFormat } from './sniffFormat';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes a file's bytes as strict UTF-8. A leading byte-order mark is accepted and dropped. */
export function decodeUtf8(bytes: Uint8Array): LoadResult<string> {
  if (bytes.byteLength > LIMITS.fileBytes) {
    return failure('file-too-large', '', tooLargeMessage(bytes.byteLength));
  }
  const format = sniffFormat(bytes);
  if (format !== null) return failure('not-a-map', '', `The file is ${format}, not an Argmap map.`);
  try {
    return { ok: true, value: strictUtf8.decode(bytes) };
  } catch {
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
      return failure('invalid-utf8', '', 'The file is UTF-16 text; Argmap reads maps saved as UTF-8.');
    const offset = firstInvalidUtf8Offset(bytes);
    return failure(
      'invalid-utf8',
      '',
      `The file is not valid UTF-8 text (the first bad byte is at offset ${offset}).`,
    );
  }
}

export function tooLargeMessage(byteLength: number): string {
  const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  return `The file is ${mib(byteLength)}; Argmap opens maps of up to ${mib(LIMITS.fileBytes)}.`;
}

/** Finds where decoding fails by decoding ever longer prefixes in halving steps; only runs on the error path. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let good = 0;
  let bad = bytes.byteLength;
  while (bad - good > 4) {
    const mid = (good + bad) >>> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      good = mid;
    } catch {
      bad = mid;
    }
  }
  for (let end = good + 1; end <= bad; end++) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
    } catch {
      return characterStart(bytes, end - 1);
    }
  }
  // Every prefix decodes, so the file ends inside a multi-byte character.
  return characterStart(bytes, bytes.byteLength);
}

/** The decoder stumbles on the byte after a cut-short character; the character's first byte is the bad one. */
function characterStart(bytes: Uint8Array, stumble: number): number {
  for (let i = stumble - 1; i >= Math.max(0, stumble - 3); i--) {
    const byte = bytes[i] as number;
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return i + length > stumble ? i : stumble;
  }
  return stumble;
}
