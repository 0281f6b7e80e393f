import { readFileSync } from 'node:fs';
import { failure } from '../../../src-shared/load/loadError';
import { loadMapFromText } from '../../../src-shared/load/loadMap';
import { MIGRATIONS, type Migration, migrateToCurrent } from '../../../src-shared/load/migrate';
import { FORMAT_VERSION } from '../../../src-shared/model/map';
import { serializeMap } from '../../../src-shared/model/serialize';

// A made-up history: v2 renamed `label` to `title`, v3 gave every node a list of tags.
const renameLabel: Migration = ({ label, ...doc }) => ({ ok: true, value: { ...doc, title: label } });
const addTags: Migration = (doc) => ({
  ok: true,
  value: { ...doc, nodes: (doc.nodes as object[]).map((node) => ({ ...node, tags: [] })) },
});
const v1 = () => ({ format: 'argmap', version: 1, label: 'Old map', nodes: [{ id: 'a' }] });

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

test('a version 1 document is lifted to version 3 one step at a time', () => {
  const seen: unknown[] = [];
  const spy =
    (migration: Migration): Migration =>
    (doc) => {
      seen.push(doc.version);
      return migration(doc);
    };
  const result = migrateToCurrent(v1(), { 1: spy(renameLabel), 2: spy(addTags) }, 3);
  expect(seen).toEqual([1, 2]);
  expect(result).toEqual({
    ok: true,
    value: { format: 'argmap', version: 3, title: 'Old map', nodes: [{ id: 'a', tags: [] }] },
  });
});

test('a version 2 document starts from the migration of version 2', () => {
  const first = vi.fn(renameLabel);
  const result = migrateToCurrent(
    { ...v1(), version: 2, title: 'Mid', label: undefined },
    { 1: first, 2: addTags },
    3,
  );
  expect(first).not.toHaveBeenCalled();
  expect(result.ok && result.value.version).toBe(3);
});

test('a document already at the current version is returned without running any migration', () => {
  const migration = vi.fn(renameLabel);
  const doc = { ...v1(), version: 3 };
  expect(migrateToCurrent(doc, { 1: migration, 2: migration }, 3)).toEqual({ ok: true, value: doc });
  expect(migration).not.toHaveBeenCalled();
});

test('a migration that returns an error stops the chain and its error is the result', () => {
  const refused = failure('migration-failed', '/nodes/0', 'Node 1 has no text to migrate.');
  const later = vi.fn(addTags);
  const result = migrateToCurrent(v1(), { 1: () => refused, 2: later }, 3);
  expect(result).toEqual(refused);
  expect(later).not.toHaveBeenCalled();
});

test('a missing migration fails with migration-failed naming the version it cannot leave', () => {
  const result = migrateToCurrent(v1(), { 1: renameLabel }, 3);
  expect(result).toEqual({
    ok: false,
    errors: [expect.objectContaining({ code: 'migration-failed', pointer: '/version' })],
  });
  expect(result.ok ? '' : result.errors[0]?.message).toContain('version 2');
});

test("migrating never writes to the caller's object", () => {
  const doc = deepFreeze(v1());
  const result = migrateToCurrent(doc, { 1: renameLabel, 2: addTags }, 3);
  expect(result.ok).toBe(true);
  expect(doc).toEqual(v1());
});

test("a migration that edits the document in place leaves the caller's object as it was", () => {
  const inPlace: Migration = (doc) => {
    doc.title = doc.label;
    delete doc.label;
    for (const node of doc.nodes as Array<Record<string, unknown>>) node.text = '';
    return { ok: true, value: doc };
  };
  const doc = v1();
  const result = migrateToCurrent(doc, { 1: inPlace }, 2);
  expect(result).toEqual({
    ok: true,
    value: { format: 'argmap', version: 2, title: 'Old map', nodes: [{ id: 'a', text: '' }] },
  });
  expect(doc).toEqual(v1());
});

test('a document newer than the current version is refused, naming both versions', () => {
  const result = migrateToCurrent({ ...v1(), version: 7 }, { 1: renameLabel, 2: addTags }, 3);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.errors[0]).toMatchObject({ code: 'unsupported-version', pointer: '/version' });
  expect(result.errors[0]?.message).toMatch(/version 7\b.*\b3\b/);
});

test.each([0, -1, 1.5, '1', null, true])('version %j is refused as invalid-version', (version) => {
  expect(migrateToCurrent({ ...v1(), version }, {}, 3)).toMatchObject({
    ok: false,
    errors: [{ code: 'invalid-version', pointer: '/version' }],
  });
});

test('every version before the current one has a registered migration', () => {
  for (let version = 1; version < FORMAT_VERSION; version++) {
    expect(MIGRATIONS[version], `migration from version ${version}`).toBeTypeOf('function');
  }
  expect(
    Object.keys(MIGRATIONS)
      .map(Number)
      .filter((v) => v >= FORMAT_VERSION),
  ).toEqual([]);
});

test('a version 1 map opens as version 2 with every record as it was, and saves as version 2', () => {
  const current = JSON.parse(readFileSync('maps/article.argmap.json', 'utf8'));
  const saved = JSON.stringify({ ...current, version: 1 });
  const loaded = loadMapFromText(saved);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  expect(loaded.value.version).toBe(2);
  expect({ ...loaded.value, version: 1 }).toEqual(JSON.parse(saved));
  expect(JSON.parse(serializeMap(loaded.value)).version).toBe(2);
});

test('a version 1 file that already carries a field of version 2 is read, not refused: nothing is lost', () => {
  const map = {
    format: 'argmap',
    version: 1,
    title: 'Assessed too early',
    nodes: [
      { id: 't', kind: 'thesis', text: 'T', position: { x: 0, y: 0 }, assessment: { status: 'accepted' } },
    ],
    edges: [],
    tour: [],
  };
  const loaded = loadMapFromText(JSON.stringify(map));
  expect(loaded.ok && loaded.value.nodes[0]?.assessment).toEqual({ status: 'accepted' });
});
