import type { z } from 'zod';
import { ArgMap } from '../model/map';
import { type LoadError, type LoadResult, MAX_REPORTED_ERRORS } from './loadError';
import { describePath, toPointer } from './pointer';

/** Checks the shape of every field against the schema and reports each problem where it is. */
export function validateMap(doc: unknown): LoadResult<ArgMap> {
  const parsed = ArgMap.safeParse(doc);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors = parsed.error.issues.flatMap((issue) => toLoadErrors(issue, doc));
  return { ok: false, errors: errors.slice(0, MAX_REPORTED_ERRORS) };
}

function toLoadErrors(issue: z.core.$ZodIssue, doc: unknown): LoadError[] {
  const path = issue.path;
  const where = describePath(path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        code: 'unknown-field',
        pointer: toPointer([...path, key]),
        message: `${describePath([...path, key])} is not a field Argmap knows${path.length ? ` in ${where}` : ''}.`,
      }));
    case 'invalid_type': {
      const found = valueAt(doc, path);
      if (found === undefined) {
        return [{ code: 'missing-field', pointer: toPointer(path), message: `${where} is missing.` }];
      }
      return [
        {
          code: 'wrong-type',
          pointer: toPointer(path),
          message: `${where} should be ${describeType(issue.expected)}, but it is ${describeValue(found)}.`,
        },
      ];
    }
    case 'invalid_value':
      return [
        {
          code: 'invalid-value',
          pointer: toPointer(path),
          message: `${where} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, not ${describeValue(valueAt(doc, path))}.`,
        },
      ];
    default:
      return [{ code: 'invalid-value', pointer: toPointer(path), message: `${where}: ${issue.message}` }];
  }
}

function valueAt(doc: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = doc;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describeType(expected: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'an object',
  };
  return names[expected] ?? expected;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string')
    return value.length > 40 ? `the text "${value.slice(0, 40)}…"` : `the text "${value}"`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value === 'number' ? 'the number' : typeof value} ${String(value)}`.replace(
    'boolean ',
    '',
  );
}
