import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { loadMapFromBytes } from '../../../src-shared/load/loadMap';
import { checkReferences } from '../../../src-shared/load/references';
import { validateMap } from '../../../src-shared/load/validate';
import type { ArgEdge, ArgMap, ArgNode, NodeKind, Relation } from '../../../src-shared/model/map';
import { applyChange, type Change } from '../../../src-shared/ops/change';
import { replaceTour } from '../../../src-shared/ops/tourOps';
import { generateTour, MAX_STEP_FOCUS } from '../../../src-shared/tour/generateTour';
import { stepTitle } from '../../../src-shared/tour/stepTitle';
import { arbitraryMap, sampleMap } from '../../support/arbitraryMap';

/** Ids "step-1", "step-2", …: deterministic, as a test needs. */
function counter(): (prefix: string) => string {
  let n = 0;
  return (prefix) => `${prefix}-${++n}`;
}

const node = (id: string, kind: NodeKind, x: number, text = id): ArgNode => ({
  id,
  kind,
  text,
  position: { x, y: 0 },
  ...(kind === 'quote' && { quote: { speaker: 'S', direct: true } }),
});
const edge = (from: string, to: string, relation: Relation = 'supports'): ArgEdge => ({
  id: `e-${from}-${to}`,
  from,
  to,
  relation,
});
const mapOf = (nodes: ArgNode[], edges: ArgEdge[]): ArgMap => ({ ...sampleMap(), nodes, edges, tour: [] });
const focusOf = (map: ArgMap) => generateTour(map, counter()).map((step) => step.focus);

describe('the default tour', () => {
  test('starts with the thesis, then premises left to right, then counterpoints with their rebuttals', () => {
    const map = mapOf(
      [
        node('t', 'thesis', 0),
        node('c', 'counterpoint', -100),
        node('p2', 'premise', 200),
        node('p1', 'premise', 100),
        node('q1', 'quote', 100),
        node('r', 'rebuttal', 0),
        node('rq', 'quote', 50),
      ],
      [
        edge('c', 't', 'opposes'),
        edge('p2', 't'),
        edge('p1', 't'),
        edge('q1', 'p1'),
        edge('r', 'c', 'opposes'),
        edge('rq', 'r'),
      ],
    );
    const tour = generateTour(map, counter());
    expect(tour.map((step) => step.focus)).toEqual([['t'], ['p1', 'q1'], ['p2'], ['c', 'r', 'rq']]);
    expect(tour.map((step) => step.title)).toEqual(['The thesis', 'p1', 'p2', 'c']);
    expect(tour.map((step) => step.id)).toEqual(['step-1', 'step-2', 'step-3', 'step-4']);
    expect(tour.every((step) => step.notes === undefined && step.reveal === undefined)).toBe(true);
  });

  test('an objection to a premise comes right after the premise, with its backing before its rebuttals', () => {
    const map = mapOf(
      [
        node('t', 'thesis', 0),
        node('p', 'premise', 0),
        node('sub', 'premise', 0),
        node('x', 'counterpoint', 10),
        node('xq', 'quote', 0),
        node('xr', 'rebuttal', 20),
        node('y', 'counterpoint', 0),
        node('p2', 'premise', 100),
      ],
      [
        edge('p', 't'),
        edge('p2', 't'),
        edge('sub', 'p'),
        edge('x', 'p', 'opposes'),
        edge('xr', 'x', 'opposes'),
        edge('xq', 'x'),
        edge('y', 'sub', 'opposes'),
      ],
    );
    expect(focusOf(map)).toEqual([['t'], ['p', 'sub'], ['x', 'xq', 'xr'], ['y'], ['p2']]);
  });

  test('an attack on a rebuttal gets a step of its own after the objection it answers', () => {
    const map = mapOf(
      [
        node('t', 'thesis', 0),
        node('c', 'counterpoint', 0),
        node('r', 'rebuttal', 0),
        node('rr', 'quote', 0),
      ],
      [edge('c', 't', 'opposes'), edge('r', 'c', 'opposes'), edge('rr', 'r', 'opposes')],
    );
    expect(focusOf(map)).toEqual([['t'], ['c', 'r'], ['rr']]);
  });

  test('a branch too large for one screen is split into the claim with its reasons, then each reason', () => {
    const nodes = [
      node('t', 'thesis', 0),
      node('p', 'premise', 0),
      node('a', 'premise', 0),
      node('b', 'premise', 1),
    ];
    const edges = [edge('p', 't'), edge('a', 'p'), edge('b', 'p')];
    for (let i = 0; i < MAX_STEP_FOCUS; i++) {
      nodes.push(node(`a${i}`, 'quote', i));
      edges.push(edge(`a${i}`, 'a'));
    }
    nodes.push(node('b0', 'quote', 0));
    edges.push(edge('b0', 'b'));
    const tour = focusOf(mapOf(nodes, edges));
    expect(tour[1]).toEqual(['p', 'a', 'b']);
    // a and its 12 quotes are 13 nodes: a step with a and its reasons (all leaves, so nothing further).
    expect(tour[2]).toEqual(['a', ...Array.from({ length: MAX_STEP_FOCUS }, (_, i) => `a${i}`)]);
    expect(tour[3]).toEqual(['b', 'b0']);
    expect(tour).toHaveLength(4);
  });

  test('a map without a thesis is walked from its roots, in reading order', () => {
    const map = mapOf(
      [
        node('right', 'premise', 500),
        node('left', 'premise', 0),
        node('lq', 'quote', 0),
        node('loose', 'note', 900),
      ],
      [edge('lq', 'left')],
    );
    expect(focusOf(map)).toEqual([['left', 'lq'], ['right'], ['loose']]);
  });

  test('two theses each open their own part, titled by their text', () => {
    const map = mapOf(
      [
        node('t1', 'thesis', 0, 'Cars are loud'),
        node('t2', 'thesis', 100, 'Bikes are quiet'),
        node('p', 'premise', 0),
      ],
      [edge('p', 't2')],
    );
    const tour = generateTour(map, counter());
    expect(tour.map((step) => step.title)).toEqual(['Thesis: Cars are loud', 'Thesis: Bikes are quiet', 'p']);
    expect(tour.map((step) => step.focus)).toEqual([['t1'], ['t2'], ['p']]);
  });

  test('cycles and nodes reached twice appear once', () => {
    const map = mapOf(
      [node('a', 'premise', 0), node('b', 'premise', 1), node('c', 'premise', 2)],
      [edge('a', 'b'), edge('b', 'c'), edge('c', 'a')],
    );
    expect(focusOf(map).flat().sort()).toEqual(['a', 'b', 'c']);
  });

  test('a chain of 20,000 reasons does not overflow the stack', () => {
    const nodes = Array.from({ length: 20_000 }, (_, i) => node(`n${i}`, i === 0 ? 'thesis' : 'premise', 0));
    const edges = nodes.slice(1).map((n, i) => edge(n.id, `n${i}`));
    const tour = generateTour(mapOf(nodes, edges), counter());
    expect(new Set(tour.flatMap((step) => step.focus)).size).toBe(20_000);
  });

  test('avoids ids the map already uses, and ids that are not valid', () => {
    const map = sampleMap();
    const taken = generateTour(map, () => 'thesis');
    // Three steps (the thesis, its premise, the quote that opposes it), numbered past the map's 5 ids.
    expect(taken.map((step) => step.id)).toEqual(['step-5', 'step-6', 'step-7']);
    const invalid = generateTour(map, () => 'not an id!');
    expect(new Set(invalid.map((step) => step.id)).size).toBe(invalid.length);
  });
});

describe('the showcase article', () => {
  const loaded = loadMapFromBytes(readFileSync('maps/article.argmap.json'));
  const map = loaded.ok ? loaded.value : sampleMap();
  const tour = generateTour(map, counter());

  test('reads like the hand-made tour: thesis, the trigger, Kim Yo-jong, the abductions after the conditions', () => {
    expect(loaded.ok).toBe(true);
    expect(tour[0]).toEqual({ id: 'step-1', title: 'The thesis', focus: ['thesis'] });
    const byHead = new Map(tour.map((step) => [step.focus[0], step.focus]));
    const hand = new Map(map.tour.map((step) => [step.focus[0], step.focus]));
    for (const head of ['p-condolences', 'p-kyj-receptive', 'c-personal-view'])
      expect([...(byHead.get(head) ?? [])].sort()).toEqual([...(hand.get(head) ?? [])].sort());
    const heads = tour.map((step) => step.focus[0]);
    expect(heads.indexOf('p-abductions-burden')).toBe(heads.indexOf('c-conditions-hard') + 1);
    expect(heads.indexOf('c-personal-view')).toBe(heads.indexOf('p-kyj-receptive') + 1);
    expect(heads.indexOf('c-conditions-hard')).toBeGreaterThan(heads.indexOf('p-japan-calm'));
    expect(tour.every((step) => step.focus.length <= MAX_STEP_FOCUS)).toBe(true);
    expect(tour[2]?.title).toBe('Kishida has stepped up efforts to…');
  });

  test('puts every node in focus at least once', () => {
    expect(new Set(tour.flatMap((step) => step.focus))).toEqual(new Set(map.nodes.map((n) => n.id)));
  });
});

test('on arbitrary maps: deterministic, every node in focus, and Generate tour leaves a valid map', () => {
  fc.assert(
    fc.property(arbitraryMap({ maxNodes: 20, maxEdges: 40 }), (generated) => {
      const map = structuredClone(generated);
      const tour = generateTour(map, counter());
      expect(generateTour(map, counter())).toEqual(tour);
      expect(new Set(tour.flatMap((step) => step.focus))).toEqual(new Set(map.nodes.map((n) => n.id)));
      const change = replaceTour(map, { steps: tour });
      if (change === null) return;
      const after = applyChange(map, change as Change);
      const valid = validateMap(after);
      expect(valid.ok ? [] : valid.errors).toEqual([]);
      const references = checkReferences(after);
      expect(references.ok ? [] : references.errors).toEqual([]);
    }),
    { numRuns: 300 },
  );
});

describe('step titles', () => {
  test('are the first six words, with an ellipsis when there are more', () => {
    expect(stepTitle({ kind: 'premise', text: 'Cities should ban cars.' })).toBe('Cities should ban cars.');
    expect(stepTitle({ kind: 'premise', text: 'one two three four five six, seven' })).toBe(
      'one two three four five six…',
    );
    expect(stepTitle({ kind: 'premise', text: '  spaced\n\nout  ' })).toBe('spaced out');
    expect(stepTitle({ kind: 'premise', text: '   ' })).toBe('');
  });

  test('keep a quote in quotation marks', () => {
    expect(stepTitle({ kind: 'quote', text: 'positive' })).toBe('“positive”');
  });

  test('cut a very long word without splitting a surrogate pair', () => {
    const title = stepTitle({ kind: 'premise', text: '😀'.repeat(100) });
    expect([...title]).toHaveLength(61);
    expect(title.endsWith('😀…')).toBe(true);
  });
});
