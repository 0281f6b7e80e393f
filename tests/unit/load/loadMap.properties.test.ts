import fc from 'fast-check';
import {
  type LoadError,
  type LoadErrorCode,
  type LoadResult,
  MAX_REPORTED_ERRORS,
} from '../../../src-shared/load/loadError';
import { loadMapFromBytes, loadMapFromText, loadMapFromValue } from '../../../src-shared/load/loadMap';
import { LIMITS } from '../../../src-shared/model/limits';
import { type ArgMap, FORMAT_VERSION } from '../../../src-shared/model/map';
import { serializeMap } from '../../../src-shared/model/serialize';
import { arbitraryMap } from '../../support/arbitraryMap';

const numRuns = 300;

const KNOWN_CODES = [
  'file-too-large',
  'file-unreadable',
  'invalid-utf8',
  'malformed-json',
  'too-deep',
  'forbidden-key',
  'non-finite-number',
  'not-a-map',
  'unsupported-version',
  'invalid-version',
  'migration-failed',
  'missing-field',
  'wrong-type',
  'unknown-field',
  'invalid-value',
  'duplicate-id',
  'dangling-reference',
  'self-reference',
  'duplicate-edge',
  'anchor-out-of-range',
] as const satisfies readonly LoadErrorCode[];
// Fails to compile when a code is added to LoadErrorCode but not to the list above.
const everyCodeListed: Exclude<LoadErrorCode, (typeof KNOWN_CODES)[number]> extends never ? true : false =
  true;

/** A failure is a non-empty list of errors, each with a known code, a JSON pointer and a sentence. */
function expectWellFormed(result: LoadResult<ArgMap>): void {
  if (result.ok) return;
  expect(result.errors.length).toBeGreaterThan(0);
  expect(result.errors.length).toBeLessThanOrEqual(MAX_REPORTED_ERRORS);
  for (const error of result.errors) {
    expect(KNOWN_CODES).toContain(error.code);
    expect(typeof error.pointer).toBe('string');
    expect(error.pointer === '' || error.pointer.startsWith('/')).toBe(true);
    expect(typeof error.message).toBe('string');
    expect(error.message.trim()).not.toBe('');
  }
}

describe('load(save(map)) gives the map back', () => {
  test('through text, for any valid map', () => {
    fc.assert(
      fc.property(arbitraryMap(), (map) => {
        expect(loadMapFromText(serializeMap(map))).toEqual({ ok: true, value: map });
      }),
      { numRuns },
    );
  });

  test('through UTF-8 bytes, and saving the loaded map again gives the same text', () => {
    fc.assert(
      fc.property(arbitraryMap(), (map) => {
        const saved = serializeMap(map);
        const loaded = loadMapFromBytes(new TextEncoder().encode(saved));
        if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
        expect(serializeMap(loaded.value)).toBe(saved);
      }),
      { numRuns },
    );
  });
});

describe('the loader never throws, and its errors are always well formed', () => {
  test('the codes checked here are every code there is', () => {
    expect(everyCodeListed).toBe(true);
  });

  test('for random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expectWellFormed(loadMapFromBytes(bytes));
      }),
      { numRuns },
    );
  });

  test('for random strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expectWellFormed(loadMapFromText(text));
      }),
      { numRuns },
    );
  });

  test('for random JSON values, given as values and as text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectWellFormed(loadMapFromValue(value));
        expectWellFormed(loadMapFromText(JSON.stringify(value)));
      }),
      { numRuns },
    );
  });

  test('for random values that are almost maps', () => {
    const almostMap = fc.record({
      format: fc.oneof(fc.constant('argmap'), fc.jsonValue()),
      version: fc.oneof(fc.constant(1), fc.jsonValue()),
      title: fc.jsonValue(),
      nodes: fc.oneof(fc.array(fc.dictionary(fc.string(), fc.jsonValue())), fc.jsonValue()),
      edges: fc.jsonValue(),
      tour: fc.jsonValue(),
    });
    fc.assert(
      fc.property(almostMap, (value) => {
        expectWellFormed(loadMapFromValue(value));
      }),
      { numRuns },
    );
  });

  test('for valid maps whose saved text is cut or spliced at random', () => {
    const spliced = fc
      .tuple(
        arbitraryMap({ maxNodes: 4 }),
        fc.nat(),
        fc.nat({ max: 20 }),
        fc.string({ unit: 'binary-ascii' }),
      )
      .map(([map, at, cut, insert]) => {
        const text = serializeMap(map);
        const start = at % (text.length + 1);
        return text.slice(0, start) + insert + text.slice(start + cut);
      });
    fc.assert(
      fc.property(spliced, (text) => {
        expectWellFormed(loadMapFromText(text));
      }),
      { numRuns },
    );
  });
});

// A mutation turns a valid map into an invalid one and says which error it must cause.
// biome-ignore lint/suspicious/noExplicitAny: these tests break maps on purpose, at any depth.
type Loose = Record<string, any>;
interface Mutation {
  map: Loose;
  code: LoadErrorCode;
  pointer: string;
}

const REQUIRED: Record<'root' | 'nodes' | 'edges' | 'tour', string[]> = {
  root: ['title', 'nodes', 'edges', 'tour'],
  nodes: ['id', 'kind', 'text', 'position'],
  edges: ['id', 'from', 'to', 'relation'],
  tour: ['id', 'focus'],
};

/** Every [path to a record, field] pair in the map for the given field names per kind of record. */
function fieldsOf(map: Loose, names: typeof REQUIRED): Array<[Array<string | number>, string]> {
  const fields: Array<[Array<string | number>, string]> = names.root.map((name) => [[], name]);
  for (const list of ['nodes', 'edges', 'tour'] as const) {
    (map[list] as unknown[]).forEach((_, i) => {
      for (const name of names[list]) fields.push([[list, i], name]);
    });
  }
  return fields;
}

const pointerOf = (path: Array<string | number>) => path.map((key) => `/${key}`).join('');
const recordAt = (map: Loose, path: Array<string | number>): Loose =>
  path.reduce<Loose>((value, key) => value[key], map);
const pick = <T>(items: T[], choice: number): T => items[choice % items.length] as T;

function deleteRequiredField(map: Loose, choice: number): Mutation {
  const [path, name] = pick(fieldsOf(map, REQUIRED), choice);
  delete recordAt(map, path)[name];
  return { map, code: 'missing-field', pointer: pointerOf([...path, name]) };
}

function changeType(map: Loose, choice: number): Mutation {
  const [path, name] = pick(fieldsOf(map, REQUIRED), choice);
  const record = recordAt(map, path);
  const value = record[name];
  record[name] = typeof value === 'string' ? 42 : Array.isArray(value) ? { items: value } : 'text';
  return { map, code: 'wrong-type', pointer: pointerOf([...path, name]) };
}

function duplicateId(map: Loose, choice: number): Mutation {
  const owners = (['nodes', 'edges', 'tour'] as const).flatMap((list) =>
    (map[list] as Loose[]).map((record, i) => ({ record, pointer: `/${list}/${i}/id` })),
  );
  // The later record takes an earlier one's id; the loader reports the later one.
  const later = 1 + (choice % (owners.length - 1));
  const earlier = Math.floor(choice / owners.length) % later;
  (owners[later] as { record: Loose }).record.id = (owners[earlier] as { record: Loose }).record.id;
  return { map, code: 'duplicate-id', pointer: (owners[later] as { pointer: string }).pointer };
}

function pointEdgeAtMissingNode(map: Loose, choice: number): Mutation {
  const ids = new Set(['nodes', 'edges', 'tour'].flatMap((list) => (map[list] as Loose[]).map((r) => r.id)));
  let missing = 'missing';
  while (ids.has(missing)) missing += '_';
  if (map.edges.length === 0) {
    map.edges.push({ id: missing, from: map.nodes[0].id, to: map.nodes[0].id, relation: 'supports' });
    missing += '_';
  }
  const i = choice % map.edges.length;
  const end = choice % 2 === 0 ? 'from' : 'to';
  map.edges[i][end] = missing;
  return { map, code: 'dangling-reference', pointer: `/edges/${i}/${end}` };
}

function anchorPastTheSource(map: Loose, choice: number): Mutation {
  const i = choice % map.nodes.length;
  const length = map.source?.text.length ?? 0;
  map.nodes[i].anchor = { start: 0, end: length + 1 + (choice % 50), exact: '' };
  return { map, code: 'anchor-out-of-range', pointer: `/nodes/${i}/anchor` };
}

function hugeString(map: Loose, choice: number): Mutation {
  const i = choice % map.nodes.length;
  map.nodes[i].text = 'x'.repeat(LIMITS.nodeText + 1 + (choice % 1000));
  return { map, code: 'invalid-value', pointer: `/nodes/${i}/text` };
}

/** Nesting is checked on the text before it is parsed (no recursion can be made to overflow), for the whole file. */
function deepNesting(map: Loose, choice: number): Mutation {
  let deep: unknown = 'x';
  for (let level = 0; level < LIMITS.depth + (choice % 30); level++) deep = choice % 2 ? [deep] : { deep };
  map.nodes[choice % map.nodes.length].notes = deep;
  return { map, code: 'too-deep', pointer: '' };
}

function prototypeKey(map: Loose, choice: number): Mutation {
  const i = choice % map.nodes.length;
  const key = (['__proto__', 'constructor', 'prototype'] as const)[choice % 3] as string;
  // An own, enumerable key, as JSON.parse makes it from a file (assignment would set the prototype instead).
  Object.defineProperty(map.nodes[i], key, { value: { polluted: true }, enumerable: true });
  return { map, code: 'forbidden-key', pointer: `/nodes/${i}/${key}` };
}

function futureVersion(map: Loose, choice: number): Mutation {
  map.version = FORMAT_VERSION + 1 + (choice % 1000);
  return { map, code: 'unsupported-version', pointer: '/version' };
}

const mutations = [
  { name: 'deleting a required field is refused as missing-field', mutate: deleteRequiredField },
  { name: 'giving a required field a value of another type is refused as wrong-type', mutate: changeType },
  { name: 'giving a record an id already in use is refused as duplicate-id', mutate: duplicateId },
  {
    name: 'pointing an edge at a node that does not exist is refused as dangling-reference',
    mutate: pointEdgeAtMissingNode,
  },
  {
    name: 'anchoring a node past the end of the source is refused as anchor-out-of-range',
    mutate: anchorPastTheSource,
  },
  { name: 'a text longer than the limit is refused as invalid-value', mutate: hugeString },
  { name: 'nesting deeper than a map can is refused as too-deep', mutate: deepNesting },
  { name: 'a __proto__, constructor or prototype key is refused as forbidden-key', mutate: prototypeKey },
  { name: 'a format version from the future is refused as unsupported-version', mutate: futureVersion },
];

describe('a valid map with one mutation is refused with the matching error at the mutated place', () => {
  test.each(mutations)('$name', ({ mutate }) => {
    fc.assert(
      fc.property(arbitraryMap({ minNodes: 2 }), fc.nat(), (map, choice) => {
        const mutation = mutate(structuredClone(map) as Loose, choice);
        const result = loadMapFromText(JSON.stringify(mutation.map));
        expect(result.ok).toBe(false);
        const errors: LoadError[] = result.ok ? [] : result.errors;
        expect(errors).toContainEqual(
          expect.objectContaining({ code: mutation.code, pointer: mutation.pointer }),
        );
        // Nothing a file holds reaches a prototype.
        expect(Object.prototype).not.toHaveProperty('polluted');
      }),
      { numRuns },
    );
  });
});
