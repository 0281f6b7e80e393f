import { FORMAT_VERSION } from '../model/map';
import { failure, type LoadResult } from './loadError';

/** Lifts a document of version N to version N + 1. It returns an error rather than throwing. */
export type Migration = (doc: Record<string, unknown>) => LoadResult<Record<string, unknown>>;

/**
 * Migrations keyed by the version they upgrade from. Each takes a document of that version and returns
 * it in the next one; `migrateToCurrent` sets the version number.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  /**
   * Version 2 adds optional fields: a node's `assessment`, `scheme` and `collapsed`, a tour step's
   * `showAssessment`, and the source's `publisher`. A version 1 map means the same in version 2, so its
   * records pass unchanged; the version number is what tells an older Argmap not to open (and then
   * save, losing them) a map that uses the new fields.
   */
  1: (doc) => ({ ok: true, value: doc }),
};

/**
 * Checks that the value is an Argmap document and brings it to the current version, one version at a time.
 * A document from a newer Argmap is refused: guessing at its meaning could lose data on save.
 */
export function migrateToCurrent(
  value: unknown,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  current: number = FORMAT_VERSION,
): LoadResult<Record<string, unknown>> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return failure('not-a-map', '', 'The file holds JSON, but not an Argmap map (it is not an object).');
  }
  const doc = value as Record<string, unknown>;
  if (doc.format !== 'argmap') {
    return failure(
      'not-a-map',
      '/format',
      'The file holds JSON, but not an Argmap map ("format" is not "argmap").',
    );
  }
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return failure('invalid-version', '/version', '"version" must be a whole number from 1 up.');
  }
  if (version > current) {
    return failure(
      'unsupported-version',
      '/version',
      `This map was saved in format version ${version}, but this Argmap reads versions up to ${current}. Update Argmap to open it.`,
    );
  }
  // Migrations may edit the document in place; they work on a copy so the caller's value stays as it was.
  let result: LoadResult<Record<string, unknown>> = {
    ok: true,
    value: version < current ? structuredClone(doc) : doc,
  };
  for (let from = version; from < current; from++) {
    const migration = migrations[from];
    if (!migration) {
      return failure(
        'migration-failed',
        '/version',
        `Argmap cannot upgrade a map from format version ${from}.`,
      );
    }
    const migrated = migration(result.value);
    if (!migrated.ok) return migrated;
    result = { ok: true, value: { ...migrated.value, version: from + 1 } };
  }
  return result;
}
