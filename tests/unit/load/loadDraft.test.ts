import type { MapDraft } from '../../../src-shared/formats/draft';
import { loadDraft } from '../../../src-shared/load/loadDraft';
import { LIMITS } from '../../../src-shared/model/limits';
import { Id } from '../../../src-shared/model/map';

const at = { x: 0, y: 0 };

async function loaded(draft: MapDraft) {
  const result = await loadDraft(draft);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.value;
}

describe('a map read from another format goes through the one loader', () => {
  test('keys that are no valid ids, or are taken twice, get ids of their own; links name the first', async () => {
    const { map, warnings } = await loaded({
      title: 'Keys',
      nodes: [
        { key: 'Cities should ban cars', text: 'Ban cars.', position: at },
        { key: 'loud', text: 'Cars are loud.', position: at },
        { key: 'loud', text: 'Cars are loud at night.', position: at },
      ],
      edges: [{ from: 'loud', to: 'Cities should ban cars', relation: 'supports' }],
      notCarried: [],
    });
    const ids = map.nodes.map((node) => node.id);
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(Id.safeParse(id).success).toBe(true);
    expect(map.edges.map((edge) => [edge.from, edge.to])).toEqual([[ids[1], ids[0]]]);
    expect(warnings).toEqual(['Statements sharing a name were kept apart: "loud".']);
  });

  test('links to statements that are not there, repeated links and self-links are dropped and listed', async () => {
    const { map, warnings } = await loaded({
      title: 'Links',
      nodes: [
        { key: 'a', text: 'A.', position: at },
        { key: 'b', text: 'B.', position: at },
      ],
      edges: [
        { from: 'b', to: 'a', relation: 'supports' },
        { from: 'b', to: 'a', relation: 'opposes' },
        { from: 'a', to: 'a', relation: 'supports' },
        { from: 'ghost', to: 'a', relation: 'opposes' },
      ],
      notCarried: ['Something the reader could not carry.'],
    });
    expect(map.edges.map((edge) => `${edge.from} ${edge.relation} ${edge.to}`)).toEqual(['b supports a']);
    expect(warnings).toEqual([
      'Something the reader could not carry.',
      'Links to statements that are not in the file were left out: ghost → a (no "ghost").',
      'Repeated links and links of a statement to itself were left out: b → a, a → a.',
    ]);
  });

  test('a tour step naming a missing statement keeps the rest of the step, and says so', async () => {
    const { map, warnings } = await loaded({
      title: 'Tour',
      nodes: [{ key: 'a', text: 'A.', position: at }],
      edges: [],
      tour: [{ title: 'First', focus: ['a', 'gone'] }],
      notCarried: [],
    });
    expect(map.tour.map((step) => step.focus)).toEqual([['a']]);
    expect(warnings).toEqual([
      'Tour steps named statements that are not in the file; those were left out of steps 1.',
    ]);
  });

  test('a draft without statements, or with more than a map holds, is refused whole', async () => {
    const empty = await loadDraft({ title: 'Empty', nodes: [], edges: [], notCarried: [] });
    expect(empty.ok).toBe(false);
    const huge = await loadDraft({
      title: 'Huge',
      nodes: Array.from({ length: LIMITS.nodes + 1 }, (_, i) => ({ key: `n${i}`, text: 'x', position: at })),
      edges: [],
      notCarried: [],
    });
    expect(huge.ok).toBe(false);
    if (!huge.ok) expect(huge.errors[0]?.message).toMatch(/a map holds at most/);
  });
});
