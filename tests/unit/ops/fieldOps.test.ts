import type { ArgMap } from '../../../src-shared/model/map';
import { applyChange, type Change, invertChange } from '../../../src-shared/ops/change';
import { setPinned, updateNodeFields } from '../../../src-shared/ops/fieldOps';
import { sampleMap } from '../../support/arbitraryMap';

const thesis = (map: ArgMap) => map.nodes[0];

function withDetails(): ArgMap {
  const map = sampleMap();
  const node = map.nodes[0];
  if (node) Object.assign(node, { notes: 'Check the figures.', tags: ['transport'], pinned: true });
  return map;
}

describe('a node’s notes, tags and pin', () => {
  test('are set together as one change, touching only the fields given', () => {
    const map = sampleMap();
    const change = updateNodeFields(map, { id: 'thesis', fields: { notes: 'Why?', tags: ['a', 'b'] } });
    const after = applyChange(map, change as Change);
    expect((change as Change).label).toBe('Edit details');
    expect(thesis(after)).toEqual({ ...thesis(map), notes: 'Why?', tags: ['a', 'b'] });
    expect(applyChange(after, invertChange(change as Change))).toStrictEqual(map);
  });

  test('are removed when emptied, and undo restores them', () => {
    const map = withDetails();
    const change = updateNodeFields(map, { id: 'thesis', fields: { notes: '', tags: [], pinned: false } });
    const after = applyChange(map, change as Change);
    expect(thesis(after)).toEqual(thesis(sampleMap()));
    expect(Object.keys(thesis(after) ?? {})).not.toContain('notes');
    expect(applyChange(after, invertChange(change as Change))).toStrictEqual(map);
  });

  test('tags are trimmed, and blank or repeated ones dropped', () => {
    const map = sampleMap();
    const change = updateNodeFields(map, { id: 'thesis', fields: { tags: [' cars ', '', 'cars', 'noise'] } });
    expect((change as Change).label).toBe('Edit tags');
    expect(thesis(applyChange(map, change as Change))?.tags).toEqual(['cars', 'noise']);
  });

  test('refuses too many tags and too long a tag', () => {
    const map = sampleMap();
    const many = Array.from({ length: 33 }, (_, i) => `t${i}`);
    expect(updateNodeFields(map, { id: 'thesis', fields: { tags: many } })).toEqual({
      refused: 'A node has at most 32 tags.',
    });
    expect(updateNodeFields(map, { id: 'thesis', fields: { tags: ['x'.repeat(65)] } })).toEqual({
      refused: 'A tag is at most 64 characters long.',
    });
  });

  test('setting what is already there, or a missing node, makes no change', () => {
    const map = withDetails();
    expect(
      updateNodeFields(map, {
        id: 'thesis',
        fields: { notes: 'Check the figures.', tags: ['transport'], pinned: true },
      }),
    ).toBeNull();
    expect(
      updateNodeFields(sampleMap(), { id: 'thesis', fields: { notes: '', tags: [], pinned: false } }),
    ).toBeNull();
    expect(updateNodeFields(map, { id: 'gone', fields: { notes: 'x' } })).toBeNull();
  });
});

describe('pinning', () => {
  test('pins many nodes as one change, skipping those already pinned', () => {
    const map = withDetails();
    const change = setPinned(map, { ids: ['thesis', 'noise', 'mayor', 'gone'], pinned: true }) as Change;
    expect(change.label).toBe('Pin 2 nodes');
    expect(applyChange(map, change).nodes.every((node) => node.pinned)).toBe(true);
  });

  test('unpinning removes the field', () => {
    const map = withDetails();
    const change = setPinned(map, { ids: ['thesis', 'noise'], pinned: false }) as Change;
    expect(change.label).toBe('Unpin node');
    expect(thesis(applyChange(map, change))).not.toHaveProperty('pinned');
    expect(setPinned(sampleMap(), { ids: ['thesis'], pinned: false })).toBeNull();
  });
});
