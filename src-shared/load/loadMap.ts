import { LIMITS } from '../model/limits';
import type { ArgMap } from '../model/map';
import { checkStructure } from './checkStructure';
import { decodeUtf8, tooLargeMessage } from './decode';
import { failure, type LoadResult } from './loadError';
import { migrateToCurrent } from './migrate';
import { parseJson } from './parseJson';
import { checkReferences } from './references';
import { validateMap } from './validate';

/**
 * The one way into a map, used by main and renderer alike:
 * decode → parse → check format and version → migrate → validate → check references.
 * It never throws and never returns half a document.
 */
export function loadMapFromBytes(bytes: Uint8Array): LoadResult<ArgMap> {
  return guarded(() => {
    const text = decodeUtf8(bytes);
    return text.ok ? loadMapFromText(text.value) : text;
  });
}

export function loadMapFromText(text: string): LoadResult<ArgMap> {
  return guarded(() => {
    // A character takes one to three bytes in UTF-8: this bound never refuses a file the bytes path accepts.
    if (text.length > LIMITS.fileBytes) return failure('file-too-large', '', tooLargeMessage(text.length));
    const value = parseJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return value.ok ? loadMapFromValue(value.value) : value;
  });
}

/** Loads an already parsed value (for example a map pasted or embedded elsewhere). */
export function loadMapFromValue(value: unknown): LoadResult<ArgMap> {
  return guarded(() => {
    const safe = checkStructure(value);
    if (!safe.ok) return safe;
    const current = migrateToCurrent(safe.value);
    if (!current.ok) return current;
    const valid = validateMap(current.value);
    return valid.ok ? checkReferences(valid.value) : valid;
  });
}

/** The stages above return errors rather than throw; this is the backstop that keeps the promise if one ever does. */
function guarded<T>(load: () => LoadResult<T>): LoadResult<T> {
  try {
    return load();
  } catch (error) {
    const reason = error instanceof RangeError ? 'it is too large or too deeply nested' : String(error);
    return {
      ok: false,
      errors: [{ code: 'malformed-json', pointer: '', message: `The file could not be read: ${reason}.` }],
    };
  }
}
