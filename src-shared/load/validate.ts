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
    case 'invalid_value': {
      // zod reports a missing or mistyped enum field as a bad value; say which it is.
      const found = valueAt(doc, path);
      if (found === undefined) {
        return [{ code: 'missing-field', pointer: toPointer(path), message: `${where} is missing.` }];
      }
      return [
        {
          code: issue.values.some((v) => typeof v === typeof found) ? 'invalid-value' : 'wrong-type',
          pointer: toPointer(path),
          message: `${where} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, not ${describeValue(found)}.`,
        },
      ];
    }
    case 'too_big':
    case 'too_small':
      return [
        { code: 'invalid-value', pointer: toPointer(path), message: `${where} ${describeBound(issue)}.` },
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

/** zod's own wording ("Too big: expected string to have <=500 characters") is written for programmers. */
function describeBound(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall): string {
  const tooBig = issue.code === 'too_big';
  const limit = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
  if (issue.origin === 'string') {
    if (!tooBig && limit === 1) return 'cannot be empty';
    return `is ${tooBig ? 'longer' : 'shorter'} than ${limit} characters`;
  }
  if (issue.origin === 'array') return `has ${tooBig ? 'more' : 'fewer'} than ${limit} entries`;
  if (tooBig) return `must be ${issue.inclusive ? 'at most' : 'less than'} ${limit}`;
  return `must be ${issue.inclusive ? 'at least' : 'more than'} ${limit}`;
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
