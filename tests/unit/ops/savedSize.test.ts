import fc from 'fast-check';
import { loadMapFromText } from '../../../src-shared/load/loadMap';
import { LIMITS } from '../../../src-shared/model/limits';
import type { ArgMap, ArgNode } from '../../../src-shared/model/map';
import { serializeMap } from '../../../src-shared/model/serialize';
import { emptyHistory, record, redo, undo } from '../../../src-shared/ops/history';
import { addNode } from '../../../src-shared/ops/nodeOps';
import { isRefusal } from '../../../src-shared/ops/refusal';
import { replaceSourceText } from '../../../src-shared/ops/replaceSource';
import { carrySavedSize, knowSavedSize, savedBytes, utf8Bytes } from '../../../src-shared/ops/savedSize';
import { applyWithinLimits } from '../../../src-shared/ops/withinLimits';
import { sampleMap } from '../../support/arbitraryMap';

const encoder = new TextEncoder();

describe('the size of a map as saved', () => {
  test('utf8Bytes counts what TextEncoder writes, for any string, lone surrogates too', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(utf8Bytes(text)).toBe(encoder.encode(text).byteLength);
      }),
      { numRuns: 2000 },
    );
  });

  test('utf8Bytes counts long strings (a whole map) as TextEncoder writes them too', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 200, maxLength: 2000 }), (text) => {
        expect(utf8Bytes(text)).toBe(encoder.encode(text).byteLength);
      }),
      { numRuns: 300 },
    );
  });

  test('savedBytes is the size of the file Save writes', () => {
    const map = sampleMap();
    expect(savedBytes(map)).toBe(encoder.encode(serializeMap(map)).byteLength);
  });

  test('a map read from a file counts its first change from the file’s size instead of measuring itself', () => {
    const change = (map: ArgMap) =>
      addNode(map, { node: { id: 'n', kind: 'premise', text: 'More.', position: { x: 0, y: 0 } } });
    const unread = sampleMap();
    expect(carrySavedSize(unread, change(unread), unread)).toBe(false);

    const read = sampleMap();
    knowSavedSize(read, 5_000);
    const next = { ...read };
    expect(carrySavedSize(read, change(read), next)).toBe(true);
    // The count goes on from the file's size: the map after it carries to its own next change.
    expect(carrySavedSize(next, change(next), { ...next })).toBe(true);
    // A size near the bound is not trusted to a count: the map is measured.
    const large = sampleMap();
    knowSavedSize(large, LIMITS.fileBytes - 100);
    expect(carrySavedSize(large, change(large), { ...large })).toBe(false);
  });
});

/** A map whose source is `length` characters of one sentence repeated. */
function mapWithSource(length: number): ArgMap {
  const map = sampleMap();
  const text = 'Cars crowd the streets. '.repeat(Math.ceil(length / 24)).slice(0, length);
  return {
    ...map,
    nodes: map.nodes.map(({ anchor: _anchor, ...node }) => node),
    source: { title: 'A', text },
  };
}

describe('the editor never holds a map larger than the loader opens', () => {
  test('a source longer than a map may hold is refused, naming the field', () => {
    const map = mapWithSource(10);
    const replaced = replaceSourceText(map, 'x'.repeat(LIMITS.sourceText + 1));
    expect(applyWithinLimits(map, replaced?.change ?? { label: '', steps: [] })).toEqual({
      refused: 'The source’s text: 5,000,000 characters at most.',
    });
  });

  test('reasons anchored to the whole of a long source: refused once the file would pass 64 MiB, and the last kept map opens', () => {
    let map = mapWithSource(4_000_000);
    const source = map.source?.text ?? '';
    let refusal: string | null = null;
    let added = 0;
    while (refusal === null && added < 40) {
      const node = anchoredNode(`whole-${added}`, source);
      const next = applyWithinLimits(map, addNode(map, { node }));
      if (isRefusal(next)) refusal = next.refused;
      else {
        map = next;
        added++;
      }
    }
    expect(refusal).toBe('That change would make the map larger than Argmap opens (64 MiB as saved).');
    // 4 MB of source and 4 MB for each anchor's words: fifteen fit, a sixteenth would not.
    expect(added).toBe(15);
    const text = serializeMap(map);
    expect(encoder.encode(text).byteLength).toBeLessThanOrEqual(LIMITS.fileBytes);
    expect(loadMapFromText(text).ok).toBe(true);

    // Undo and redo carry what is known of the size: after them, an anchor that does not fit is refused
    // as before, and a change that fits is kept.
    const small = (on: ArgMap, id: string) =>
      addNode(on, { node: { id, kind: 'premise', text: 'x', position: { x: 0, y: 0 } } });
    const first = small(map, 'small-1');
    const changed = applyWithinLimits(map, first);
    if (isRefusal(changed)) throw new Error('a one-letter node fits');
    const undone = undo(changed, record(emptyHistory, first));
    const redone = undone && redo(undone.map, undone.history);
    if (!undone || !redone) throw new Error('undo and redo both had something to do');
    for (const at of [undone.map, redone.map]) {
      const again = applyWithinLimits(at, addNode(at, { node: anchoredNode('again', source) }));
      expect(isRefusal(again) && again.refused).toBe(refusal);
      expect(isRefusal(applyWithinLimits(at, small(at, 'small-2')))).toBe(false);
    }
  }, 120_000);
});

function anchoredNode(id: string, source: string): ArgNode {
  return {
    id,
    kind: 'premise',
    text: 'The whole article',
    position: { x: 0, y: 0 },
    anchor: { start: 0, end: source.length, exact: source },
  };
}
