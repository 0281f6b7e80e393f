import { generateArgument, generateMap } from '../../../bench/generateMap';
import { TEXT_LENGTH } from '../../../bench/mapText';
import { estimateNodeSize } from '../../../src-shared/layout/nodeSize';
import { loadMapFromText } from '../../../src-shared/load/loadMap';
import type { ArgMap, ArgNode } from '../../../src-shared/model/map';

const box = (node: ArgNode) => ({ ...node.position, ...estimateNodeSize(node) });

/** Pairs of cards that overlap, found by a sweep from left to right. */
function overlaps(map: ArgMap): string[] {
  const boxes = map.nodes.map((node) => ({ id: node.id, ...box(node) })).sort((a, b) => a.x - b.x);
  const found: string[] = [];
  boxes.forEach((a, i) => {
    for (let j = i + 1; j < boxes.length && (boxes[j]?.x as number) < a.x + a.width; j++) {
      const b = boxes[j] as (typeof boxes)[number];
      if (a.y < b.y + b.height && b.y < a.y + a.height) found.push(`${a.id}/${b.id}`);
    }
  });
  return found;
}

describe.each([100, 1000])('a generated map of %i nodes', (count) => {
  let map: ArgMap;
  beforeAll(async () => {
    map = await generateMap(count, { seed: 7 });
  });

  it('loads as a valid map', () => {
    const loaded = loadMapFromText(JSON.stringify(map));
    expect(loaded.ok ? [] : loaded.errors).toEqual([]);
  });

  it('has exactly the nodes asked for and about 1.2 links per node', () => {
    expect(map.nodes).toHaveLength(count);
    expect(map.edges.length / count).toBeGreaterThanOrEqual(1.1);
    expect(map.edges.length / count).toBeLessThanOrEqual(1.3);
  });

  it('reads like an argument map', () => {
    const kinds = new Set(map.nodes.map((node) => node.kind));
    expect([...kinds].sort()).toEqual(['counterpoint', 'note', 'premise', 'quote', 'rebuttal', 'thesis']);
    expect(map.nodes.filter((node) => node.kind === 'thesis')).toHaveLength(1);
    const byId = new Map(map.nodes.map((node) => [node.id, node]));
    for (const edge of map.edges) {
      const reason = byId.get(edge.from) as ArgNode;
      const opposing = reason.kind === 'counterpoint' || reason.kind === 'rebuttal';
      expect(edge.relation).toBe(opposing ? 'opposes' : 'supports');
      expect(['quote', 'note']).not.toContain(byId.get(edge.to)?.kind);
    }
  });

  it('places no card over another', () => {
    expect(overlaps(map)).toEqual([]);
  });

  it('gives every card 30–150 characters of text', () => {
    const lengths = map.nodes.map((node) => node.text.length);
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(TEXT_LENGTH.min);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(TEXT_LENGTH.max);
    // Spread over the range, not bunched at one end.
    expect(lengths.filter((length) => length < 70).length).toBeGreaterThan(count / 10);
    expect(lengths.filter((length) => length > 110).length).toBeGreaterThan(count / 10);
  });
});

it('generates the same map for the same seed, and another for another seed', async () => {
  const [a, b, c] = await Promise.all([
    generateMap(200, { seed: 3 }),
    generateMap(200, { seed: 3 }),
    generateMap(200, { seed: 4 }),
  ]);
  expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
});

it('keeps the argument apart from its layout', () => {
  const argument = generateArgument(50);
  expect(argument.nodes.every((node) => node.position.x === 0 && node.position.y === 0)).toBe(true);
});
