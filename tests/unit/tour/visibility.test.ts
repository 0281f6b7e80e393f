import fc from 'fast-check';
import type { ArgMap, ArgNode, TourStep } from '../../../src-shared/model/map';
import {
  isEdgeShown,
  type StepVisibility,
  stepVisibility,
  tourVisibility,
  visibleEdges,
} from '../../../src-shared/tour/visibility';
import { arbitraryMap, sampleMap } from '../../support/arbitraryMap';

const node = (id: string): ArgNode => ({ id, kind: 'premise', text: id, position: { x: 0, y: 0 } });

function mapWith(ids: string[], tour: TourStep[]): ArgMap {
  return { ...sampleMap(), nodes: ids.map(node), edges: [], tour };
}

/** Plain arrays, sorted, so sets compare by content. */
const sorted = (set: ReadonlySet<string>) => [...set].sort();
const plain = (v: StepVisibility) => ({
  focus: sorted(v.focus),
  revealed: sorted(v.revealed),
  hidden: sorted(v.hidden),
});

describe('the reveal rule', () => {
  const map = mapWith(
    ['a', 'b', 'c', 'd', 'e'],
    [
      { id: 's1', focus: ['a'] },
      { id: 's2', focus: ['b', 'c'] },
      { id: 's3', focus: ['d'], reveal: ['a'] },
      { id: 's4', focus: ['e'] },
    ],
  );

  test('each step shows what the steps before it showed, plus its focus', () => {
    expect(plain(stepVisibility(map, 0))).toEqual({
      focus: ['a'],
      revealed: ['a'],
      hidden: ['b', 'c', 'd', 'e'],
    });
    expect(plain(stepVisibility(map, 1))).toEqual({
      focus: ['b', 'c'],
      revealed: ['a', 'b', 'c'],
      hidden: ['d', 'e'],
    });
  });

  test('an explicit reveal list replaces what was shown, and later steps build on it', () => {
    expect(plain(stepVisibility(map, 2))).toEqual({
      focus: ['d'],
      revealed: ['a', 'd'],
      hidden: ['b', 'c', 'e'],
    });
    expect(plain(stepVisibility(map, 3))).toEqual({
      focus: ['e'],
      revealed: ['a', 'd', 'e'],
      hidden: ['b', 'c'],
    });
  });

  test('an empty reveal list shows only the focus', () => {
    const cleared = mapWith(
      ['a', 'b'],
      [
        { id: 's1', focus: ['a'] },
        { id: 's2', focus: ['b'], reveal: [] },
      ],
    );
    expect(sorted(stepVisibility(cleared, 1).revealed)).toEqual(['b']);
  });

  test('ids of nodes that are not on the map are ignored', () => {
    const dangling = mapWith(
      ['a', 'b'],
      [
        { id: 's1', focus: ['a', 'gone'], reveal: ['gone', 'b'] },
        { id: 's2', focus: ['missing'] },
      ],
    );
    expect(plain(stepVisibility(dangling, 0))).toEqual({ focus: ['a'], revealed: ['a', 'b'], hidden: [] });
    expect(plain(stepVisibility(dangling, 1))).toEqual({ focus: [], revealed: ['a', 'b'], hidden: [] });
    expect(stepVisibility(dangling, 1).revealed.has('missing')).toBe(false);
    expect(stepVisibility(dangling, 1).hidden.has('missing')).toBe(false);
  });

  test('outside the tour the whole map is shown, nothing in focus', () => {
    for (const index of [-1, 4, 99, Number.NaN]) {
      expect(plain(stepVisibility(map, index))).toEqual({
        focus: [],
        revealed: ['a', 'b', 'c', 'd', 'e'],
        hidden: [],
      });
    }
    expect(plain(stepVisibility(mapWith(['a'], []), 0)).revealed).toEqual(['a']);
  });

  test('the sets behave as sets: size, iteration in order of appearance, forEach, entries', () => {
    const { revealed, hidden } = stepVisibility(map, 1);
    expect(revealed.size).toBe(3);
    expect([...revealed]).toEqual(['a', 'b', 'c']);
    expect([...revealed.keys()]).toEqual(['a', 'b', 'c']);
    expect([...revealed.entries()]).toEqual([
      ['a', 'a'],
      ['b', 'b'],
      ['c', 'c'],
    ]);
    const seen: string[] = [];
    hidden.forEach((id, key, set) => {
      expect(key).toBe(id);
      expect(set).toBe(hidden);
      seen.push(id);
    });
    expect(seen).toEqual(['d', 'e']);
    expect(hidden.size).toBe(2);
    expect([...hidden.values()]).toEqual(['d', 'e']);
    expect([...hidden.entries()][0]).toEqual(['d', 'd']);
  });

  test('is computed once per version of the map', () => {
    expect(tourVisibility(map)).toBe(tourVisibility(map));
    expect(tourVisibility({ ...map })).not.toBe(tourVisibility(map));
  });
});

describe('edges', () => {
  test('an edge is shown when both its ends are', () => {
    const map = sampleMap();
    // step 1 shows only the thesis; step 2 names all three nodes.
    expect(visibleEdges(map, stepVisibility(map, 0).revealed)).toEqual([]);
    expect(visibleEdges(map, stepVisibility(map, 1).revealed).map((edge) => edge.id)).toEqual(['e1', 'e2']);
    const [e1] = map.edges;
    expect(isEdgeShown(e1 as never, new Set(['noise']))).toBe(false);
    expect(isEdgeShown(e1 as never, new Set(['noise', 'thesis']))).toBe(true);
  });
});

/** The rule written the plain way, to check the shared-storage version against. */
function naive(map: ArgMap): Array<{ focus: string[]; revealed: string[]; hidden: string[] }> {
  const ids = new Set(map.nodes.map((n) => n.id));
  let shown = new Set<string>();
  return map.tour.map((step) => {
    if (step.reveal) shown = new Set(step.reveal.filter((id) => ids.has(id)));
    const focus = step.focus.filter((id) => ids.has(id));
    shown = new Set([...shown, ...focus]);
    return {
      focus: [...new Set(focus)].sort(),
      revealed: [...shown].sort(),
      hidden: [...ids].filter((id) => !shown.has(id)).sort(),
    };
  });
}

test('agrees with the plain rule on arbitrary maps, including sizes and membership', () => {
  fc.assert(
    fc.property(arbitraryMap({ maxTourSteps: 8 }), fc.string({ maxLength: 4 }), (map, stranger) => {
      const expected = naive(map);
      const actual = tourVisibility(map);
      expect(actual.map(plain)).toEqual(expected);
      actual.forEach((step, i) => {
        expect(step.revealed.size).toBe(expected[i]?.revealed.length);
        expect(step.hidden.size).toBe(expected[i]?.hidden.length);
        for (const id of map.nodes.map((n) => n.id)) expect(step.revealed.has(id)).toBe(!step.hidden.has(id));
        if (!map.nodes.some((n) => n.id === stranger)) {
          expect(step.revealed.has(stranger)).toBe(false);
          expect(step.hidden.has(stranger)).toBe(false);
        }
      });
    }),
    { numRuns: 300 },
  );
});

test('500 steps over 5,000 nodes are computed quickly', () => {
  const ids = Array.from({ length: 5000 }, (_, i) => `n${i}`);
  const tour: TourStep[] = Array.from({ length: 500 }, (_, i) => ({
    id: `s${i}`,
    focus: ids.slice(i * 10, i * 10 + 10),
    ...(i % 100 === 99 && { reveal: ids.slice(0, 50) }),
  }));
  const map = mapWith(ids, tour);
  const started = performance.now();
  const steps = tourVisibility(map);
  let hits = 0;
  for (const step of steps) for (const id of ids) if (step.revealed.has(id)) hits++;
  expect(performance.now() - started).toBeLessThan(2000);
  expect(steps).toHaveLength(500);
  expect(steps[98]?.revealed.size).toBe(990);
  expect(steps[99]?.revealed.size).toBe(60);
  // Step 399 restarted from 50 nodes plus its 10; steps 400 to 498 added 10 each.
  expect(steps[498]?.revealed.size).toBe(60 + 99 * 10);
  expect(steps[498]?.hidden.size).toBe(5000 - 1050);
  expect(hits).toBeGreaterThan(0);
});
