import { type ArgMap, FORMAT_VERSION } from '../../../src-shared/model/map';
import { structureOf } from '../../../src-shared/model/structure';
import { applyChange, type Change, invertChange } from '../../../src-shared/ops/change';
import { indentReason, outdentReason, reorderReason } from '../../../src-shared/ops/outlineOps';
import { isRefusal } from '../../../src-shared/ops/refusal';

// t above a, b, c (left to right); a1 below a.
function map(): ArgMap {
  const node = (id: string, x: number, y: number) => ({
    id,
    kind: id === 't' ? ('thesis' as const) : ('premise' as const),
    text: id,
    position: { x, y },
  });
  return {
    format: 'argmap',
    version: FORMAT_VERSION,
    title: '',
    nodes: [
      node('t', 300, 0),
      node('a', 0, 200),
      node('b', 300, 200),
      node('c', 600, 200),
      node('a1', 0, 400),
    ],
    edges: [
      { id: 'ea', from: 'a', to: 't', relation: 'supports' },
      { id: 'eb', from: 'b', to: 't', relation: 'opposes' },
      { id: 'ec', from: 'c', to: 't', relation: 'supports' },
      { id: 'ea1', from: 'a1', to: 'a', relation: 'supports' },
    ],
    tour: [],
  };
}

const apply = (before: ArgMap, result: Change | ReturnType<typeof indentReason> | null) => {
  if (result === null || isRefusal(result)) throw new Error('expected a change');
  const after = applyChange(before, result);
  expect(applyChange(after, invertChange(result))).toEqual(before);
  return after;
};

describe('moving reasons in the outline', () => {
  test('Tab puts a reason under its previous sibling, keeping its relation, and undo restores it', () => {
    const after = apply(map(), indentReason(map(), { id: 'b' }));
    expect(structureOf(after).claimsOf('b')).toEqual(['a']);
    expect(after.edges.find((edge) => edge.id === 'eb')?.relation).toBe('opposes');
    // Below a, right of a1.
    const b = after.nodes.find((node) => node.id === 'b');
    expect(b?.position.y).toBeGreaterThan(200);
    expect(structureOf(after).reasonsOf('a')).toEqual(['a1', 'b']);
  });

  test('Tab on a first reason, or on the thesis, is refused with a reason why', () => {
    expect(indentReason(map(), { id: 'a' })).toEqual({
      refused: 'There is no reason before this one to move it under.',
    });
    expect(isRefusal(indentReason(map(), { id: 't' }))).toBe(true);
  });

  test('Shift+Tab moves a reason up to its claim’s claim, with its branch', () => {
    const after = apply(map(), outdentReason(map(), { id: 'a1' }));
    expect(structureOf(after).claimsOf('a1')).toEqual(['t']);
    expect(isRefusal(outdentReason(map(), { id: 'a' }))).toBe(true);
  });

  test('reordering changes the left-to-right order and the node order, branches moving along', () => {
    const after = apply(map(), reorderReason(map(), { id: 'a', index: 2 }));
    expect(structureOf(after).reasonsOf('t')).toEqual(['b', 'c', 'a']);
    const ids = after.nodes.map((node) => node.id);
    expect(ids.indexOf('c')).toBeLessThan(ids.indexOf('a'));
    const a = after.nodes.find((node) => node.id === 'a');
    const a1 = after.nodes.find((node) => node.id === 'a1');
    expect(a1?.position.x).toBe(a?.position.x);
    expect(reorderReason(map(), { id: 'a', index: 0 })).toBeNull();
  });
});
