import { autoLayout } from '../../../src-shared/layout/autoLayout';
import { isLaidOut } from '../../../src-shared/layout/laidOut';
import type { ArgMap, ArgNode } from '../../../src-shared/model/map';
import { sampleMap } from '../../support/arbitraryMap';

const node = (id: string, kind: ArgNode['kind'], x: number, y: number): ArgNode => ({
  id,
  kind,
  text: `The ${kind} ${id}.`,
  position: { x, y },
});

const thesisWithReasons = (reasons: ArgNode[]): ArgMap => ({
  ...sampleMap(),
  nodes: [node('t', 'thesis', 0, 0), ...reasons],
  edges: reasons.map((reason) => ({ id: `e-${reason.id}`, from: reason.id, to: 't', relation: 'supports' })),
  tour: [],
});

const laidOut = async (map: ArgMap): Promise<ArgMap> => {
  const moves = await autoLayout(map);
  return { ...map, nodes: map.nodes.map((n) => ({ ...n, position: moves.get(n.id) ?? n.position })) };
};

describe('whether a map is as Auto-Layout left it', () => {
  test('a map Auto-Layout has just arranged is laid out', async () => {
    const map = await laidOut(
      thesisWithReasons([node('a', 'premise', 900, 40), node('b', 'quote', -700, 10)]),
    );
    expect(isLaidOut(map, await autoLayout(map))).toBe(true);
  });

  test('a map arranged by hand is not', async () => {
    const map = thesisWithReasons([node('a', 'premise', 900, 40), node('b', 'quote', -700, 10)]);
    expect(isLaidOut(map, await autoLayout(map))).toBe(false);
  });

  test('a lone card says nothing of the arrangement: a map folded to its thesis does not count', async () => {
    const lone = thesisWithReasons([]);
    expect(await autoLayout(lone)).toEqual(new Map());
    expect(isLaidOut(lone, new Map())).toBe(false);
  });
});
