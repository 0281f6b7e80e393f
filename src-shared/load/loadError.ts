/** Why a file could not be loaded. Each code names one class of problem. */
export type LoadErrorCode =
  | 'file-too-large'
  | 'file-unreadable'
  | 'invalid-utf8'
  | 'malformed-json'
  | 'too-deep'
  | 'forbidden-key'
  | 'non-finite-number'
  | 'not-a-map'
  | 'unsupported-version'
  | 'invalid-version'
  | 'migration-failed'
  | 'missing-field'
  | 'wrong-type'
  | 'unknown-field'
  | 'invalid-value'
  | 'duplicate-id'
  | 'dangling-reference'
  | 'self-reference'
  | 'duplicate-edge'
  | 'anchor-out-of-range';

/** One problem found in a file: what kind, where (a JSON pointer, "" for the whole file), and a sentence for a person. */
export interface LoadError {
  code: LoadErrorCode;
  pointer: string;
  message: string;
}

/** The outcome of loading: the document, or every problem found at the first stage that failed. */
export type LoadResult<T> = { ok: true; value: T } | { ok: false; errors: LoadError[] };

export const failure = (code: LoadErrorCode, pointer: string, message: string): LoadResult<never> => ({
  ok: false,
  errors: [{ code, pointer, message }],
});

/** The most problems reported for one file; past that, a person fixes the first ones and tries again. */
export const MAX_REPORTED_ERRORS = 50;
