import {
  comparedMapStore,
  counterpartInOther,
  counterpartInReference,
} from '../../../src-renderer/compare/comparedMapStore';
import {
  comparisonMarks,
  comparisonReport,
  otherMapMarks,
} from '../../../src-renderer/compare/comparisonReport';
import { createEditorStore } from '../../../src-renderer/store/editorStore';
import {
  addReasons,
  bundledMap,
  flipRelation,
  leaves,
  removeNodes,
  renameIds,
} from '../../support/plantChanges';

const reference = bundledMap();
const thesis = reference.nodes.find((node) => node.kind === 'thesis')?.id ?? '';
const dropped = leaves(reference).find((node) => node.kind === 'premise')?.id ?? '';
const flipped = reference.nodes.find((node) => node.kind === 'premise' && node.id !== dropped)?.id ?? '';
const planted = addReasons(
  flipRelation(removeNodes(reference, new Set([dropped])), flipped),
  [thesis],
  ['Own'],
);
const { map: other, idOf } = renameIds(planted);

function comparing() {
  const store = createEditorStore({ map: reference, name: 'reference', hasFile: true });
  store.getState().showComparison({ name: 'student', other });
  return store.getState();
}

describe('the compared map, seen from its own side', () => {
  test('its nodes are coloured matched, different or extra; the reference’s matched, different or missing', () => {
    const state = comparing();
    const theirs = otherMapMarks(state);
    expect(theirs?.get(idOf.get(thesis) ?? '')).toBe('compare-matched');
    expect(theirs?.get(idOf.get('added0') ?? '')).toBe('compare-extra');
    expect(theirs?.get(idOf.get(flipped) ?? '')).toBe('compare-different');
    expect(theirs?.size).toBe(other.nodes.length);
    expect(comparisonMarks(state)?.get(dropped)).toBe('compare-missing');
  });

  test('a matched node’s counterpart is found from either side; an extra or missing node has none', () => {
    const report = comparisonReport(comparing());
    if (!report) throw new Error('not comparing');
    expect(counterpartInOther(report, thesis)).toBe(idOf.get(thesis));
    expect(counterpartInReference(report, idOf.get(thesis) ?? '')).toBe(thesis);
    expect(counterpartInOther(report, dropped)).toBeUndefined();
    expect(counterpartInReference(report, idOf.get('added0') ?? '')).toBeUndefined();
  });

  test('the pane’s store holds the other map apart: selecting there leaves the document’s selection alone', () => {
    const state = comparing();
    const side = comparedMapStore(other, 'student');
    expect(comparedMapStore(other, 'student')).toBe(side);
    side.getState().select([idOf.get(thesis) ?? '']);
    expect(state.selectedIds.size).toBe(0);
    expect(side.getState().map).toBe(other);
    expect(side.getState().hasFile).toBe(false);
  });

  test('starting a comparison opens the side view; closing it keeps the comparison', () => {
    const store = createEditorStore({ map: reference, name: 'reference', hasFile: true });
    store.getState().showComparison({ name: 'student', other });
    expect(store.getState().comparisonSide).toBe(true);
    store.getState().showComparisonSide(false);
    expect(store.getState().comparison?.name).toBe('student');
    store.getState().showComparison(null);
    store.getState().showComparison({ name: 'student', other });
    expect(store.getState().comparisonSide).toBe(true);
  });
});
