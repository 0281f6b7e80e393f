import type { ArgMap } from '../../../src-shared/model/map';
import { applyChange, type Change, invertChange } from '../../../src-shared/ops/change';
import { isRefusal, type Refusal } from '../../../src-shared/ops/refusal';
import {
  addTourStep,
  moveTourStep,
  removeTourStep,
  replaceTour,
  updateTourStep,
} from '../../../src-shared/ops/tourOps';
import { sampleMap } from '../../support/arbitraryMap';

/** A map with three steps a, b, c. */
function threeSteps(): ArgMap {
  return {
    ...sampleMap(),
    tour: [
      { id: 'a', title: 'A', focus: ['thesis'] },
      { id: 'b', focus: ['noise'], notes: 'Say why.' },
      { id: 'c', focus: ['mayor'], reveal: ['thesis', 'mayor'] },
    ],
  };
}

/** Applies a change, checks that undo gives back the map exactly, and returns the result. */
function applied(map: ArgMap, result: Change | Refusal | null): ArgMap {
  if (result === null || isRefusal(result))
    throw new Error(`expected a change, got ${JSON.stringify(result)}`);
  const after = applyChange(map, result);
  expect(applyChange(after, invertChange(result))).toStrictEqual(map);
  return after;
}
const ids = (map: ArgMap) => map.tour.map((step) => step.id);

describe('adding a step', () => {
  test('puts it at the end, or at the index given (clamped)', () => {
    const map = threeSteps();
    const step = { id: 'new', focus: ['noise'] };
    expect(ids(applied(map, addTourStep(map, { step })))).toEqual(['a', 'b', 'c', 'new']);
    expect(ids(applied(map, addTourStep(map, { step, index: 1 })))).toEqual(['a', 'new', 'b', 'c']);
    expect(ids(applied(map, addTourStep(map, { step, index: -5 })))).toEqual(['new', 'a', 'b', 'c']);
    expect(ids(applied(map, addTourStep(map, { step, index: 99 })))).toEqual(['a', 'b', 'c', 'new']);
    expect((addTourStep(map, { step }) as Change).label).toBe('Add tour step');
  });

  test('keeps only nodes on the map, each once, and drops a blank title or notes', () => {
    const map = threeSteps();
    const step = { id: 'new', title: '  ', focus: ['noise', 'gone', 'noise'], reveal: ['x'], notes: '' };
    const after = applied(map, addTourStep(map, { step }));
    expect(after.tour[3]).toStrictEqual({ id: 'new', focus: ['noise'], reveal: [] });
  });

  test('refuses an id the map already uses or one that is not an id', () => {
    const map = threeSteps();
    for (const id of ['thesis', 'e1', 'a', 'not an id!', '']) {
      const result = addTourStep(map, { step: { id, focus: [] } });
      expect(isRefusal(result) && result.refused).toBe('The new step needs an id of its own.');
    }
  });

  test('refuses a title or notes over the limits', () => {
    const map = threeSteps();
    expect(isRefusal(addTourStep(map, { step: { id: 'x', title: 'x'.repeat(501), focus: [] } }))).toBe(true);
    expect(isRefusal(addTourStep(map, { step: { id: 'x', notes: 'x'.repeat(50_001), focus: [] } }))).toBe(
      true,
    );
  });

  test('refuses a step past the largest tour', () => {
    const map = {
      ...threeSteps(),
      tour: Array.from({ length: 5000 }, (_, i) => ({ id: `s${i}`, focus: [] })),
    };
    const result = addTourStep(map, { step: { id: 'one-more', focus: [] } });
    expect(isRefusal(result) && result.refused).toBe('A tour has at most 5000 steps.');
  });
});

describe('deleting a step', () => {
  test('removes it, and undo puts it back where it was', () => {
    const map = threeSteps();
    const change = removeTourStep(map, { id: 'b' });
    expect(change?.label).toBe('Delete tour step');
    expect(ids(applied(map, change))).toEqual(['a', 'c']);
  });

  test('of a step that does not exist makes no change', () => {
    expect(removeTourStep(threeSteps(), { id: 'nope' })).toBeNull();
  });
});

describe('moving a step', () => {
  test('puts it at the index given, counted in the tour as it ends up', () => {
    const map = threeSteps();
    expect(ids(applied(map, moveTourStep(map, { id: 'a', toIndex: 2 })))).toEqual(['b', 'c', 'a']);
    expect(ids(applied(map, moveTourStep(map, { id: 'c', toIndex: 0 })))).toEqual(['c', 'a', 'b']);
    expect(ids(applied(map, moveTourStep(map, { id: 'a', toIndex: 1 })))).toEqual(['b', 'a', 'c']);
    expect(ids(applied(map, moveTourStep(map, { id: 'b', toIndex: 99 })))).toEqual(['a', 'c', 'b']);
    expect(moveTourStep(map, { id: 'a', toIndex: 1 })?.label).toBe('Move tour step');
  });

  test('to where it already is, or of a missing step, makes no change', () => {
    const map = threeSteps();
    expect(moveTourStep(map, { id: 'b', toIndex: 1 })).toBeNull();
    expect(moveTourStep(map, { id: 'a', toIndex: -3 })).toBeNull();
    expect(moveTourStep(map, { id: 'nope', toIndex: 0 })).toBeNull();
  });
});

describe('editing a step', () => {
  test('sets the title and notes; empty ones remove the field', () => {
    const map = threeSteps();
    const titled = updateTourStep(map, { id: 'b', fields: { title: 'Noise' } });
    expect((titled as Change).label).toBe('Edit step title');
    expect(applied(map, titled).tour[1]).toStrictEqual({
      id: 'b',
      title: 'Noise',
      focus: ['noise'],
      notes: 'Say why.',
    });
    const cleared = updateTourStep(map, { id: 'b', fields: { notes: '' } });
    expect((cleared as Change).label).toBe('Edit step notes');
    expect(applied(map, cleared).tour[1]).toStrictEqual({ id: 'b', focus: ['noise'] });
    const untitled = updateTourStep(map, { id: 'a', fields: { title: '', notes: 'Begin here.' } });
    expect((untitled as Change).label).toBe('Edit tour step');
    expect(applied(map, untitled).tour[0]).toStrictEqual({
      id: 'a',
      focus: ['thesis'],
      notes: 'Begin here.',
    });
  });

  test('sets the focus and the reveal list; a null reveal returns to the default rule', () => {
    const map = threeSteps();
    const focused = updateTourStep(map, { id: 'a', fields: { focus: ['mayor', 'gone', 'thesis'] } });
    expect(applied(map, focused).tour[0]?.focus).toEqual(['mayor', 'thesis']);
    const revealed = updateTourStep(map, { id: 'a', fields: { reveal: ['noise'] } });
    expect(applied(map, revealed).tour[0]?.reveal).toEqual(['noise']);
    const defaulted = updateTourStep(map, { id: 'c', fields: { reveal: null } });
    expect((defaulted as Change).label).toBe('Edit step reveal');
    expect(applied(map, defaulted).tour[2]).toStrictEqual({ id: 'c', focus: ['mayor'] });
  });

  test('makes no change when nothing differs or the step is missing', () => {
    const map = threeSteps();
    expect(updateTourStep(map, { id: 'a', fields: { title: 'A', focus: ['thesis'] } })).toBeNull();
    expect(updateTourStep(map, { id: 'a', fields: { notes: '', reveal: null } })).toBeNull();
    expect(updateTourStep(map, { id: 'a', fields: {} })).toBeNull();
    expect(updateTourStep(map, { id: 'nope', fields: { title: 'X' } })).toBeNull();
  });

  test('refuses a title over the limit', () => {
    const result = updateTourStep(threeSteps(), { id: 'a', fields: { title: 'x'.repeat(501) } });
    expect(isRefusal(result) && result.refused).toBe('A step title is at most 500 characters long.');
  });
});

describe('replacing the tour', () => {
  test('is one change that undo reverts whole', () => {
    const map = threeSteps();
    const steps = [
      { id: 'x', title: 'X', focus: ['thesis'] },
      { id: 'a', focus: ['noise', 'nope'] },
    ];
    const change = replaceTour(map, { steps });
    expect((change as Change).label).toBe('Generate tour');
    expect(applied(map, change).tour).toStrictEqual([
      { id: 'x', title: 'X', focus: ['thesis'] },
      { id: 'a', focus: ['noise'] },
    ]);
    expect(applied(map, replaceTour(map, { steps: [], label: 'Clear tour' })).tour).toEqual([]);
  });

  test('with the same tour makes no change', () => {
    const map = threeSteps();
    expect(replaceTour(map, { steps: map.tour })).toBeNull();
  });

  test('refuses repeated ids, ids of nodes or links, and invalid ids', () => {
    const map = threeSteps();
    for (const steps of [
      [
        { id: 'x', focus: [] },
        { id: 'x', focus: [] },
      ],
      [{ id: 'thesis', focus: [] }],
      [{ id: 'e1', focus: [] }],
      [{ id: 'no way', focus: [] }],
    ]) {
      const result = replaceTour(map, { steps });
      expect(isRefusal(result) && result.refused).toBe('Every tour step needs an id of its own.');
    }
  });

  test('refuses more steps than a tour holds', () => {
    const steps = Array.from({ length: 5001 }, (_, i) => ({ id: `s${i}`, focus: [] }));
    expect(isRefusal(replaceTour(threeSteps(), { steps }))).toBe(true);
  });
});
