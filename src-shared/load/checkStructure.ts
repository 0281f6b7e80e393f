import { LIMITS } from '../model/limits';
import { failure, type LoadResult } from './loadError';
import { describePath, toPointer } from './pointer';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Walks parsed data (iteratively, so depth cannot overflow the stack) and refuses what could harm the app
 * before any schema sees it: nesting deeper than a map has, keys that would reach an object's prototype,
 * and numbers that are not finite (`1e999` parses as Infinity).
 */
export function checkStructure(root: unknown): LoadResult<unknown> {
  const stack: Array<{ value: unknown; path: PropertyKey[] }> = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: PropertyKey[] };
    if (typeof value === 'number' && !Number.isFinite(value)) {
      return failure(
        'non-finite-number',
        toPointer(path),
        `${describePath(path)} holds a number too large to represent.`,
      );
    }
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= LIMITS.depth) {
      return failure(
        'too-deep',
        toPointer(path),
        `The data nests deeper than a map can (${LIMITS.depth} levels); it is not an Argmap map.`,
      );
    }
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++)
        stack.push({ value: value[index], path: [...path, index] });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        const pointer = toPointer([...path, key]);
        return failure('forbidden-key', pointer, `The key "${key}" at ${pointer} is not allowed in a map.`);
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return { ok: true, value: root };
}
