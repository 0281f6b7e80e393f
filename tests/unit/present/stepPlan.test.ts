import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linksAmong } from '../../../src-shared/layout/graph';
import { plannedSize } from '../../../src-shared/layout/nodeSize';
import type { ArgMap, ArgNode, Position, Size } from '../../../src-shared/model/map';
import { splitFocus } from '../../../src-shared/present/focusParts';
import { type PresenterState, presenterKey } from '../../../src-shared/present/presenterState';
import { fitsReadably } from '../../../src-shared/present/stepFrame';
import {
  type PresentedStep,
  planPresentation,
  presentationStart,
  startOfTourStep,
  stepCounter,
  stepLabel,
  stepStarts,
} from '../../../src-shared/present/stepPlan';
import { sampleMap } from '../../support/arbitraryMap';

const SCREEN = { width: 1280, height: 800 };

/** An argument whose edges are `[reason, claim]` index pairs; nodes far apart on the map, as on a big one. */
function argument(
  texts: readonly string[],
  edges: ReadonlyArray<readonly [number, number]>,
  focus: number[],
): ArgMap {
  return {
    ...sampleMap(),
    nodes: texts.map(
      (text, i): ArgNode => ({
        id: `n${i}`,
        kind: i === 0 ? 'thesis' : 'premise',
        text,
        position: { x: (i % 7) * 900, y: Math.floor(i / 7) * 700 },
      }),
    ),
    edges: edges.map(([reason, claim], i) => ({
      id: `e${i}`,
      from: `n${reason}`,
      to: `n${claim}`,
      relation: 'supports' as const,
    })),
    tour: [{ id: 's1', focus: focus.map((i) => `n${i}`), title: 'The whole case' }],
  };
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => i);
const line = (i: number) => `Reason number ${i}, which says one thing in a sentence or so.`;

/** The box a presented step takes on screen: its own layout, or the map's positions. */
function boxOf(map: ArgMap, step: PresentedStep): Size {
  const shown = [...step.context, ...step.focus].map((id) => {
    const node = map.nodes.find((candidate) => candidate.id === id) as ArgNode;
    const at = step.layout ? (step.layout.get(id) as Position) : node.position;
    return { ...at, ...plannedSize(node) };
  });
  const left = Math.min(...shown.map((box) => box.x));
  const top = Math.min(...shown.map((box) => box.y));
  return {
    width: Math.max(...shown.map((box) => box.x + box.width)) - left,
    height: Math.max(...shown.map((box) => box.y + box.height)) - top,
  };
}

/** A thesis with four claims of nine reasons each, all in one step between two small ones. */
function tourWithSplitStep() {
  const map = argument(
    ids(41).map(line),
    ids(40).map((i) => [i + 1, i < 4 ? 0 : 1 + (i % 4)] as const),
    ids(41),
  );
  map.tour = [{ id: 's0', focus: ['n0'] }, ...map.tour, { id: 's2', focus: ['n1'] }];
  return map;
}

describe('presenting a step whose focus is too large for readable text', () => {
  it('shows a step that fits where it lies on the map, unchanged', () => {
    const map = {
      ...argument(
        ids(3).map(line),
        [
          [1, 0],
          [2, 0],
        ],
        [0, 1, 2],
      ),
    };
    map.nodes = map.nodes.map((node, i) => ({ ...node, position: { x: i * 300, y: 0 } }));
    const plan = planPresentation(map, SCREEN);
    expect(plan).toEqual([
      { tourStep: 0, part: 0, parts: 1, focus: ['n0', 'n1', 'n2'], context: [], layout: null },
    ]);
  });

  it('lays a scattered focus out on its own when that fits, without touching the map', () => {
    const map = argument(
      ids(8).map(line),
      [
        [1, 0],
        [2, 0],
        [3, 0],
        [4, 1],
        [5, 1],
        [6, 2],
        [7, 2],
      ],
      ids(8),
    );
    const before = structuredClone(map);
    const plan = planPresentation(map, SCREEN);
    expect(plan).toHaveLength(1);
    const [step] = plan as [PresentedStep];
    expect(step.layout).not.toBeNull();
    expect(fitsReadably(boxOf(map, step), SCREEN)).toBe(true);
    // The thesis sits above its reasons in the step's own layout.
    const at = (id: string) => step.layout?.get(id) as Position;
    expect(at('n0').y).toBeLessThan(at('n1').y);
    expect(map).toEqual(before);
  });

  it('splits a claim with 30 reasons into parts, 1a, 1b, …, the claim dimmed above its later reasons', () => {
    const map = argument(
      ids(31).map(line),
      ids(30).map((i) => [i + 1, 0] as const),
      ids(31),
    );
    const plan = planPresentation(map, SCREEN);
    expect(plan.length).toBeGreaterThan(1);
    expect(plan.map(stepLabel)).toEqual(plan.map((_, i) => `1${'abcdefgh'[i]}`));
    expect(plan[0]?.focus[0]).toBe('n0');
    for (const step of plan.slice(1)) expect(step.context).toEqual(['n0']);
    for (const step of plan) expect(fitsReadably(boxOf(map, step), SCREEN)).toBe(true);
  });

  it('numbers the parts after the steps they belong to, and a typed number goes to a step’s first part', () => {
    const map = tourWithSplitStep();
    const plan = planPresentation(map, SCREEN);
    const parts = plan.length - 2;
    expect(parts).toBeGreaterThan(1);
    expect(plan.map(stepLabel).slice(0, 3)).toEqual(['1', '2a', '2b']);
    expect(plan.map(stepLabel).at(-1)).toBe('3');
    expect(stepStarts(plan)).toEqual([0, 1, 1 + parts]);
    expect(startOfTourStep(plan, 2)).toBe(1 + parts);
  });

  it('letters parts past z as spreadsheets do: z, aa, ab', () => {
    expect([25, 26, 27].map((part) => stepLabel({ tourStep: 2, part, parts: 30 }))).toEqual([
      '3z',
      '3aa',
      '3ab',
    ]);
    expect(stepLabel({ tourStep: 2, part: 0, parts: 1 })).toBe('3');
  });

  it('property: every part fits at 14 px, and the parts cover the focus exactly once', () => {
    const tree = fc.integer({ min: 2, max: 70 }).chain((n) =>
      fc.record({
        lengths: fc.array(fc.integer({ min: 5, max: 200 }), { minLength: n, maxLength: n }),
        claims: fc.array(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), {
          minLength: n - 1,
          maxLength: n - 1,
        }),
        extra: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 5 }),
        focus: fc.subarray(ids(n), { minLength: 1 }),
      }),
    );
    fc.assert(
      fc.property(tree, ({ lengths, claims, extra, focus }) => {
        const n = lengths.length;
        const edges = [
          ...claims.map((roll, i) => [i + 1, Math.floor(roll * roll * (i + 1))] as const),
          ...extra.map(([a, b]) => [a % n, b % n] as const),
        ];
        const map = argument(
          lengths.map((length) => 'word '.repeat(length / 5)),
          edges,
          focus,
        );
        const plan = planPresentation(map, SCREEN);
        const shown = plan.flatMap((step) => step.focus);
        expect([...shown].sort()).toEqual(focus.map((i) => `n${i}`).sort());
        for (const step of plan) {
          expect(step.focus.filter((id) => step.context.includes(id))).toEqual([]);
          expect(fitsReadably(boxOf(map, step), SCREEN)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps each claim with its reasons: they share a part, the claim in focus or dimmed above them', () => {
    const texts = ids(25).map(line);
    const edges = [
      ...ids(4).map((i) => [i + 1, 0] as const),
      ...ids(20).map((i) => [5 + i, 1 + (i % 4)] as const),
    ];
    const focus = ids(25).map((i) => `n${i}`);
    const map = argument(texts, edges, ids(25));
    const links = linksAmong(map.edges, new Map(focus.map((id, i) => [id, i])));
    // Room for seven cards at most: the thesis with its four reasons, then each reason above its five.
    const parts = splitFocus(focus, links, (shown) => shown.length <= 7);
    expect(parts[0]).toEqual({ focus: ['n0', 'n1', 'n2', 'n3', 'n4'], context: [] });
    for (const claim of ['n1', 'n2', 'n3', 'n4']) {
      const reasons = edges.filter(([, to]) => `n${to}` === claim).map(([from]) => `n${from}`);
      const part = parts.find((candidate) => candidate.focus.includes(reasons[0] as string));
      expect(part?.focus).toEqual(expect.arrayContaining(reasons));
      expect([...(part?.focus ?? []), ...(part?.context ?? [])]).toContain(claim);
    }
  });
});

describe('presenting a tour with split steps', () => {
  const map = tourWithSplitStep();
  const plan = planPresentation(map, SCREEN);
  const typed = (state: PresenterState, digits: string) =>
    [...digits, 'Enter'].reduce((at, key) => presenterKey(at, { key }), state);

  it('counts screens, starts at a tour step’s first part, and says where the talk stands', () => {
    const state = presentationStart(plan, 2, SCREEN);
    expect(state.stepCount).toBe(plan.length);
    expect(state.step).toBe(plan.length - 1);
    expect(stepCounter(plan, 1, map.tour.length)).toBe('Step 2a of 3');
    expect(stepCounter(plan, state.step, map.tour.length)).toBe('Step 3 of 3');
  });

  it('goes to the first part of a typed step number, and to the last step past the end', () => {
    const state = presentationStart(plan, 0, SCREEN);
    expect(typed(state, '2').step).toBe(1);
    expect(typed(state, '3').step).toBe(plan.length - 1);
    expect(typed(state, '99').step).toBe(plan.length - 1);
    // Next walks through the parts one at a time.
    expect(presenterKey(typed(state, '2'), { key: 'ArrowRight' }).step).toBe(2);
  });

  it('leaves a tour with no split step as it was: no step starts to carry', () => {
    const small = { ...map, tour: [{ id: 's0', focus: ['n0'] }] };
    expect(presentationStart(planPresentation(small, SCREEN), 0, SCREEN).stepStarts).toBeUndefined();
  });
});
