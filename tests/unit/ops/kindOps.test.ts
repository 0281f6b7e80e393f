import { validateMap } from '../../../src-shared/load/validate';
import type { ArgMap } from '../../../src-shared/model/map';
import { applyChange, type Change, invertChange } from '../../../src-shared/ops/change';
import { setNodeKind } from '../../../src-shared/ops/kindOps';
import { sampleMap } from '../../support/arbitraryMap';

const node = (map: ArgMap, id: string) => map.nodes.find((candidate) => candidate.id === id);

describe('changing a node’s kind', () => {
  test('keeps its text, anchor, notes and links (only their relation follows the new kind)', () => {
    const map = sampleMap();
    const change = setNodeKind(map, { id: 'noise', kind: 'counterpoint' }) as Change;
    const after = applyChange(map, change);
    expect(change.label).toBe('Change to counterpoint');
    expect(node(after, 'noise')).toEqual({ ...node(map, 'noise'), kind: 'counterpoint' });
    expect(after.edges.map(({ id, from, to }) => ({ id, from, to }))).toEqual(
      map.edges.map(({ id, from, to }) => ({ id, from, to })),
    );
  });

  test('to a quote gives it an empty attribution to fill in', () => {
    const map = sampleMap();
    const after = applyChange(map, setNodeKind(map, { id: 'noise', kind: 'quote' }) as Change);
    expect(node(after, 'noise')?.quote).toEqual({ speaker: '', direct: true });
    expect(validateMap(after).ok).toBe(true);
  });

  test('from a quote drops the attribution, and undo brings it back', () => {
    const map = sampleMap();
    const change = setNodeKind(map, { id: 'mayor', kind: 'premise' }) as Change;
    const after = applyChange(map, change);
    expect(node(after, 'mayor')).not.toHaveProperty('quote');
    expect(validateMap(after).ok).toBe(true);
    expect(applyChange(after, invertChange(change))).toStrictEqual(map);
  });

  test('to the kind it already has, or of a missing node, makes no change', () => {
    expect(setNodeKind(sampleMap(), { id: 'mayor', kind: 'quote' })).toBeNull();
    expect(setNodeKind(sampleMap(), { id: 'gone', kind: 'note' })).toBeNull();
  });
});

describe('links follow a change of kind', () => {
  test('a premise that becomes a counterpoint now opposes its claim; undo restores both', () => {
    const map = sampleMap();
    const change = setNodeKind(map, { id: 'noise', kind: 'counterpoint' });
    if (!change) throw new Error('no change');
    const changed = applyChange(map, change);
    expect(changed.edges.filter((edge) => edge.from === 'noise').map((edge) => edge.relation)).toEqual([
      'opposes',
    ]);
    expect(applyChange(changed, invertChange(change))).toEqual(map);
  });
});
