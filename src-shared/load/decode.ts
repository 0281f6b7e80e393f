import { LIMITS } from '../model/limits';
import { failure, type LoadResult } from './loadError';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes a file's bytes as strict UTF-8. A leading byte-order mark is accepted and dropped. */
export function decodeUtf8(bytes: Uint8Array): LoadResult<string> {
  if (bytes.byteLength > LIMITS.fileBytes) {
    return failure('file-too-large', '', tooLargeMessage(bytes.byteLength));
  }
  try {
    return { ok: true, value: strictUtf8.decode(bytes) };
  } catch {
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
      return end - 1;
    }
  }
  return good;
}
