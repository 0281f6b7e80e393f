import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  cardDescription,
  foldedNote,
  linkName,
  nodeDescriptions,
  nodeName,
  shortText,
  stepAnnouncement,
} from '../../../src-shared/a11y/names';
import { inMapOrder, mapOrder } from '../../../src-shared/a11y/order';
import type { ArgMap, ArgNode } from '../../../src-shared/model/map';
import { FORMAT_VERSION } from '../../../src-shared/model/map';
import { outlineRows } from '../../../src-shared/outline/outlineRows';
import { arbitraryMap } from '../../support/arbitraryMap';

const map: ArgMap = {
  format: 'argmap',
  version: FORMAT_VERSION,
  title: 'Reconciliation',
  nodes: [
    {
      id: 'q',
      kind: 'quote',
      text: 'We must talk.',
      position: { x: 0, y: 400 },
      quote: { speaker: 'Jeffrey J. Hall', direct: true },
    },
    { id: 't', kind: 'thesis', text: 'Reconciliation is possible', position: { x: 300, y: 0 } },
    { id: 'p', kind: 'premise', text: 'Both  leaders\nsoftened their tone.', position: { x: 0, y: 200 } },
    { id: 'c', kind: 'counterpoint', text: '', position: { x: 600, y: 200 } },
  ],
  edges: [
    { id: 'e1', from: 'p', to: 't', relation: 'supports' },
    { id: 'e2', from: 'c', to: 't', relation: 'opposes' },
    { id: 'e3', from: 'q', to: 'p', relation: 'supports' },
    { id: 'e4', from: 'q', to: 't', relation: 'supports' },
  ],
  tour: [
    { id: 's1', title: 'The claim', focus: ['t'] },
    { id: 's2', focus: ['p', 'q'] },
  ],
};
const byId = (id: string) => {
  const node = map.nodes.find((candidate) => candidate.id === id);
  if (!node) throw new Error(`no node ${id}`);
  return node;
};

describe('what a screen reader says for a node', () => {
  test('its kind and its text on one line', () => {
    expect(nodeName(byId('p'))).toBe('Premise: Both leaders softened their tone.');
  });
  test('a quote adds who said it', () => {
    expect(nodeName(byId('q'))).toBe('Quote: We must talk. — Jeffrey J. Hall');
  });
  test('a node without text says it is empty', () => {
    expect(nodeName(byId('c'))).toBe('Counterpoint: (empty counterpoint)');
  });
  test('its description is what it bears on, each claim in turn', () => {
    const descriptions = nodeDescriptions(map);
    expect(descriptions.get('p')).toBe('supports: Reconciliation is possible');
    expect(descriptions.get('q')).toBe(
      'supports: Both leaders softened their tone.; supports: Reconciliation is possible',
    );
    expect(descriptions.has('t')).toBe(false);
  });
  test('a claim edited in place is quoted as it now reads', () => {
    const claim: ArgNode = { id: 'c', kind: 'premise', text: 'Before.', position: { x: 0, y: 0 } };
    expect(shortText(claim)).toBe('Before.');
    claim.text = 'After.';
    expect(shortText(claim)).toBe('After.');
    claim.text = '';
    claim.kind = 'rebuttal';
    expect(shortText(claim)).toBe('(empty rebuttal)');
  });
  test('a long claim is cut short where another node quotes it', () => {
    const long = {
      ...map,
      nodes: map.nodes.map((node) => (node.id === 't' ? { ...node, text: 'word '.repeat(40) } : node)),
    };
    const description = nodeDescriptions(long).get('p') ?? '';
    expect(description.endsWith('…')).toBe(true);
    expect(description.length).toBeLessThan(110);
  });
  test('a folded card’s description says first what its fold hides, or in Focus on Claim what lies below', () => {
    expect(cardDescription('supports: Reconciliation is possible', foldedNote(12))).toBe(
      '12 nodes folded away; supports: Reconciliation is possible',
    );
    expect(cardDescription(undefined, foldedNote(1))).toBe('1 node folded away');
    expect(cardDescription(undefined, foldedNote(3, true))).toBe('3 nodes below it');
    expect(cardDescription('supports: Reconciliation is possible', undefined)).toBe(
      'supports: Reconciliation is possible',
    );
    expect(cardDescription(undefined, undefined)).toBeUndefined();
  });
});

describe('what a screen reader says for a link and a presented step', () => {
  test('a link says its reason, its relation and its claim', () => {
    const [, edge] = map.edges;
    if (!edge) throw new Error('no link');
    expect(linkName(edge, byId('c'), byId('t'))).toBe(
      '(empty counterpoint) opposes Reconciliation is possible',
    );
  });
  test('a step whose title or last node ends a sentence is not given a second full stop', () => {
    const ended = { ...map, tour: [{ id: 's1', title: 'Why now?', focus: ['p'] }] };
    expect(stepAnnouncement(ended, { step: 0, stepCount: 1, overview: false })).toBe(
      'Step 1 out of 1: Why now? Focus: Premise: Both leaders softened their tone.',
    );
  });
  test('a step says where the talk is, its title and the nodes in focus', () => {
    expect(stepAnnouncement(map, { step: 0, stepCount: 2, overview: false })).toBe(
      'Step 1 out of 2: The claim. Focus: Thesis: Reconciliation is possible.',
    );
    expect(stepAnnouncement(map, { step: 1, stepCount: 2, overview: false })).toBe(
      'Step 2 out of 2. Focus: Premise: Both leaders softened their tone.; Quote: We must talk. — Jeffrey J. Hall.',
    );
    expect(stepAnnouncement(map, { step: 1, stepCount: 2, overview: true })).toBe(
      'Overview of the whole map',
    );
  });
});

describe('the order a map is read in', () => {
  test('is the outline’s: the thesis, then depth first through its reasons', () => {
    expect(mapOrder(map)).toEqual(outlineRows(map).map((row) => row.node.id));
    expect(inMapOrder(map, map.nodes).map((node) => node.id)).toEqual(['t', 'p', 'q', 'c']);
  });
  test('lists every node exactly once, whatever the map', () => {
    fc.assert(
      fc.property(arbitraryMap(), (random) => {
        const order = mapOrder(random);
        expect(new Set(order).size).toBe(order.length);
        expect([...order].sort()).toEqual(random.nodes.map((node) => node.id).sort());
      }),
      { numRuns: 50 },
    );
  });
  test('puts any nodes into that order, those it does not list last in the order they came', () => {
    fc.assert(
      fc.property(arbitraryMap(), fc.integer({ min: 0, max: 1000 }), (random, seed) => {
        const strangers = [{ id: 'stranger-1' }, { id: 'stranger-2' }];
        const some = random.nodes.filter((_, i) => (i * 7 + seed) % 3 !== 0);
        const given = [strangers[0], ...[...some].reverse(), strangers[1]] as { id: string }[];
        const order = mapOrder(random);
        const expected = [
          ...order.filter((id) => some.some((node) => node.id === id)),
          'stranger-1',
          'stranger-2',
        ];
        expect(inMapOrder(random, given).map((node) => node.id)).toEqual(expected);
      }),
      { numRuns: 50 },
    );
  });
});
