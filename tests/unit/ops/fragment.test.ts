import fc from 'fast-check';
import {
  extractFragment,
  FRAGMENT_LIMITS,
  type Fragment,
  parseFragment,
  serializeFragment,
} from '../../../src-shared/clipboard/fragment';
import { checkReferences } from '../../../src-shared/load/references';
import { newId } from '../../../src-shared/model/ids';
import type { ArgMap } from '../../../src-shared/model/map';
import { applyChange, invertChange } from '../../../src-shared/ops/change';
import { insertFragment, type Pasted } from '../../../src-shared/ops/fragmentOps';
import { isRefusal } from '../../../src-shared/ops/refusal';
import { sampleMap } from '../../support/arbitraryMap';

const offset = { x: 40, y: 40 };

function pasted(map: ArgMap, fragment: Fragment, newIds: (prefix: string) => string = newId) {
  const result = insertFragment(map, fragment, { offset, newId: newIds });
  if (isRefusal(result)) throw new Error(result.refused);
  return { ...result, after: applyChange(map, result.change) };
}

/** A map about another article: the same shape, a different source text. */
function otherArticle(): ArgMap {
  const map = sampleMap();
  return { ...map, nodes: [], edges: [], tour: [], source: { title: 'Trams', text: 'Trams are quiet.' } };
}

describe('copying', () => {
  test('takes the nodes and only the links among them', () => {
    const fragment = extractFragment(sampleMap(), ['thesis', 'noise']);
    expect(fragment.nodes.map((node) => node.id)).toEqual(['thesis', 'noise']);
    expect(fragment.edges.map((edge) => edge.id)).toEqual(['e1']);
    expect(fragment.sourceHash).toMatch(/^[0-9a-f]{16}$/);
  });

  test('fingerprints the source text only when a copied node is anchored', () => {
    expect(extractFragment(sampleMap(), ['thesis', 'mayor'])).not.toHaveProperty('sourceHash');
  });
});

describe('pasting', () => {
  test('gives every node and link a fresh id, links following their nodes, moved by the offset', () => {
    const map = sampleMap();
    const { ids, edgeIds, change, after } = pasted(map, extractFragment(map, ['thesis', 'noise']));
    expect(change.label).toBe('Paste 2 nodes');
    expect(ids).toHaveLength(2);
    expect(ids).not.toContain('thesis');
    expect(after.nodes.at(-2)).toMatchObject({
      id: ids[0],
      text: 'Cities should ban cars.',
      position: { x: 40, y: 40 },
    });
    expect(after.edges.at(-1)).toEqual({ id: edgeIds[0], from: ids[1], to: ids[0], relation: 'supports' });
    expect(checkReferences(after).ok).toBe(true);
    expect(applyChange(after, invertChange(change))).toStrictEqual(map);
  });

  test('twice gives distinct ids', () => {
    const map = sampleMap();
    const fragment = extractFragment(map, ['thesis', 'noise']);
    const first = pasted(map, fragment);
    const second = pasted(first.after, fragment);
    const all = [...first.ids, ...first.edgeIds, ...second.ids, ...second.edgeIds];
    expect(new Set(all).size).toBe(6);
    expect(checkReferences(second.after).ok).toBe(true);
  });

  test('never reuses an id, even when the id source keeps offering a taken one', () => {
    const map = sampleMap();
    const { after } = pasted(map, extractFragment(map, ['thesis', 'noise']), () => 'thesis');
    expect(checkReferences(after).ok).toBe(true);
    expect(after.nodes).toHaveLength(5);
  });

  test('into a map about another article drops the anchors', () => {
    const fragment = extractFragment(sampleMap(), ['noise']);
    const { after } = pasted(otherArticle(), fragment);
    expect(after.nodes[0]).not.toHaveProperty('anchor');
    expect(after.nodes[0]?.text).toBe('Cars make streets loud.');
    const { after: noSource } = pasted({ ...otherArticle(), source: undefined }, fragment);
    expect(noSource.nodes[0]).not.toHaveProperty('anchor');
  });

  test('into another map of the same article keeps the anchors', () => {
    const fragment = parseFragment(serializeFragment(extractFragment(sampleMap(), ['noise']))) as Fragment;
    const { after } = pasted({ ...otherArticle(), source: sampleMap().source }, fragment);
    expect(after.nodes[0]?.anchor).toEqual({ start: 0, end: 22, exact: 'Cars make streets loud' });
  });

  test('drops an anchor that would lie outside the text, whatever the fingerprint claims', () => {
    const map = sampleMap();
    const copied = extractFragment(map, ['noise']);
    const nodes = copied.nodes.map((node) => ({ ...node, anchor: { start: 0, end: 9999, exact: 'x' } }));
    const { after } = pasted(map, { ...copied, nodes });
    expect(after.nodes.at(-1)).not.toHaveProperty('anchor');
  });

  test('refuses an empty fragment', () => {
    expect(insertFragment(sampleMap(), extractFragment(sampleMap(), []), { offset, newId })).toEqual({
      refused: 'There is nothing to paste.',
    });
  });

  test('duplicating is the same operation under its own name', () => {
    const map = sampleMap();
    const result = insertFragment(map, extractFragment(map, ['mayor']), { offset, newId, verb: 'Duplicate' });
    expect((result as Pasted).change.label).toBe('Duplicate node');
  });
});

// Clipboard content as a plain JSON value that a test may damage anywhere.
// biome-ignore lint/suspicious/noExplicitAny: these tests break fragments on purpose, at any depth.
type Loose = Record<string, any>;

describe('reading the clipboard', () => {
  const copied = (): Loose =>
    JSON.parse(serializeFragment(extractFragment(sampleMap(), ['thesis', 'noise'])));

  test('gives back what was copied', () => {
    const fragment = extractFragment(sampleMap(), ['thesis', 'noise', 'mayor']);
    expect(parseFragment(serializeFragment(fragment))).toEqual(fragment);
  });

  test.each([
    ['plain text', 'Cities should ban cars.', 'The clipboard does not hold Argmap nodes.'],
    ['malformed JSON', '{"format": "argmap-fragment",', 'The clipboard does not hold Argmap nodes.'],
    ['a whole map', JSON.stringify(sampleMap()), 'The clipboard does not hold Argmap nodes.'],
    ['null', 'null', 'The clipboard does not hold Argmap nodes.'],
    ['a list', '[1, 2]', 'The clipboard does not hold Argmap nodes.'],
  ])('refuses %s', (_name, text, refused) => {
    expect(parseFragment(text)).toEqual({ refused });
  });

  test('refuses a fragment from a newer Argmap', () => {
    expect(parseFragment(JSON.stringify({ ...copied(), version: 2 }))).toEqual({
      refused: 'These nodes were copied from a newer version of Argmap.',
    });
  });

  test('refuses keys that reach an object’s prototype', () => {
    const text = serializeFragment(extractFragment(sampleMap(), ['thesis'])).replace(
      '"kind"',
      '"__proto__":{"polluted":true},"kind"',
    );
    expect(parseFragment(text)).toEqual({ refused: 'The copied nodes are damaged and cannot be pasted.' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test.each([
    ['an unknown field', (f: Loose) => Object.assign(f, { extra: 1 })],
    ['a link to a node not copied', (f: Loose) => Object.assign(f.edges[0], { to: 'mayor' })],
    ['an id used twice', (f: Loose) => Object.assign(f.nodes[1], { id: 'thesis' })],
    ['a quote without a speaker', (f: Loose) => Object.assign(f.nodes[0], { kind: 'quote' })],
    ['a position that is not a number', (f: Loose) => Object.assign(f.nodes[0].position, { x: '0' })],
  ])('refuses %s', (_name, damage) => {
    const fragment = copied();
    damage(fragment);
    expect(parseFragment(JSON.stringify(fragment))).toEqual({
      refused: 'The copied nodes are damaged and cannot be pasted.',
    });
  });

  test('refuses a number too large to represent', () => {
    const text = JSON.stringify(copied()).replace('"x":0', '"x":1e999');
    expect(text).toContain('1e999');
    expect(parseFragment(text)).toEqual({ refused: 'The copied nodes are damaged and cannot be pasted.' });
  });

  test('refuses huge input before reading it', () => {
    const huge = `{"format":"argmap-fragment","version":1,"nodes":[],"edges":[],"pad":"${'x'.repeat(FRAGMENT_LIMITS.textLength)}"}`;
    expect(parseFragment(huge)).toEqual({ refused: 'The clipboard holds too much to paste.' });
  });

  test('refuses too many nodes', () => {
    const fragment = copied();
    const node = fragment.nodes[0];
    fragment.edges = [];
    fragment.nodes = Array.from({ length: FRAGMENT_LIMITS.nodes + 1 }, (_, i) => ({ ...node, id: `n${i}` }));
    expect(parseFragment(JSON.stringify(fragment))).toEqual({
      refused: 'The copied nodes are damaged and cannot be pasted.',
    });
  });

  test('never throws, whatever the clipboard holds', () => {
    const clipboard = fc.oneof(
      fc.string(),
      fc.json(),
      fc.string({ unit: fc.constantFrom('{', '[', '"', '\\', '}', ']', ':', ',', 'a', '1', 'e', '9') }),
      fc.jsonValue().map((v) => JSON.stringify({ ...copied(), nodes: [v] })),
    );
    fc.assert(
      fc.property(clipboard, (text) => {
        const result = parseFragment(text);
        expect(isRefusal(result) || Array.isArray(result.nodes)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
