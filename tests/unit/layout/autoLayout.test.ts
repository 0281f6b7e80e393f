import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { LayoutReply, LayoutRequest } from '../../../src-renderer/layout/runLayout';
import { autoLayout } from '../../../src-shared/layout/autoLayout';
import { estimateNodeSize } from '../../../src-shared/layout/nodeSize';
import { layoutShape } from '../../../src-shared/layout/shape';
import { type ArgMap, type ArgNode, FORMAT_VERSION, type Position } from '../../../src-shared/model/map';
import { arbitraryMap, sampleMap } from '../../support/arbitraryMap';

const article = (): ArgMap =>
  JSON.parse(readFileSync(new URL('../../../maps/article.argmap.json', import.meta.url), 'utf8'));

const apply = (map: ArgMap, moves: ReadonlyMap<string, Position>): ArgMap => ({
  ...map,
  nodes: map.nodes.map((node) => ({ ...node, position: moves.get(node.id) ?? node.position })),
});

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

const box = (node: ArgNode) => ({ ...node.position, ...(node.size ?? estimateNodeSize(node)) });
const overlap = (a: ArgNode, b: ArgNode) => {
  const [p, q] = [box(a), box(b)];
  return p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;
};

/** Pairs of overlapping nodes in which at least one node was laid out (input may overlap elsewhere). */
function overlapsAfter(map: ArgMap, laidOut: (node: ArgNode) => boolean): string[] {
  const found: string[] = [];
  map.nodes.forEach((a, i) => {
    for (const b of map.nodes.slice(i + 1)) {
      if ((laidOut(a) || laidOut(b)) && overlap(a, b)) found.push(`${a.id} overlaps ${b.id}`);
    }
  });
  return found;
}

/** Claims whose reason does not sit below them. */
function reasonsNotBelow(map: ArgMap): string[] {
  const byId = new Map(map.nodes.map((node) => [node.id, node]));
  return map.edges.flatMap(({ from, to }) => {
    const [reason, claim] = [byId.get(from) as ArgNode, byId.get(to) as ArgNode];
    return reason.position.y > claim.position.y + box(claim).height ? [] : [`${from} is not below ${to}`];
  });
}

/**
 * Reasons of one claim out of the map's order: read left to right and top to bottom (across rows, down
 * columns), each reason lies right of the one before it or lower.
 */
function siblingsOutOfOrder(map: ArgMap): string[] {
  const byId = new Map(map.nodes.map((node, i) => [node.id, { node, i }]));
  const reasons = groupBy(map.edges, (edge) => edge.to);
  return [...reasons].flatMap(([claim, edges]) => {
    const siblings = edges
      .map((edge) => byId.get(edge.from) as { node: ArgNode; i: number })
      .sort((a, b) => a.i - b.i)
      .map((s) => s.node);
    return siblings.slice(1).flatMap((next, k) => {
      const before = siblings[k] as ArgNode;
      const follows = next.position.x > before.position.x || next.position.y > before.position.y;
      return follows ? [] : [`reasons of ${claim}: ${next.id} is above and left of ${before.id}`];
    });
  });
}

/**
 * Each reason's link to the claim of its with the longest chain of claims above it (the first such in
 * the map's order): the tree a layout arranges. Only for maps without cycles.
 */
function deepestLinks(map: ArgMap): ArgMap['edges'] {
  const order = new Map(map.nodes.map((node, i) => [node.id, i]));
  const inOrder = [...map.edges].sort((a, b) => (order.get(a.to) as number) - (order.get(b.to) as number));
  const claimsOf = groupBy(inOrder, (edge) => edge.from);
  const depth = (id: string): number =>
    Math.max(0, ...(claimsOf.get(id) ?? []).map((edge) => depth(edge.to) + 1));
  const chosen = new Set(
    [...claimsOf.values()].map((links) =>
      links.reduce((deepest, link) => (depth(link.to) > depth(deepest.to) ? link : deepest)),
    ),
  );
  return map.edges.filter((edge) => chosen.has(edge));
}

const kinds = ['premise', 'counterpoint', 'rebuttal', 'premise', 'quote'] as const;

/**
 * Argument-like maps: a tree under one thesis (node 0), plus optional cross links from a reason to an
 * earlier claim (so no cycles), with the node list shuffled so map order is not creation order.
 */
const argumentTree = (options: { crossLinks: boolean }) =>
  fc
    .integer({ min: 2, max: 24 })
    .chain((n) =>
      fc.record({
        parents: fc.tuple(...Array.from({ length: n - 1 }, (_, i) => fc.nat(i))),
        texts: fc.array(fc.nat(200), { minLength: n, maxLength: n }),
        order: fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
        extra: options.crossLinks
          ? fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: n })
          : fc.constant([]),
      }),
    )
    .map(({ parents, texts, order, extra }): ArgMap => {
      const nodes: ArgNode[] = texts.map((length, i) => {
        const kind = i === 0 ? 'thesis' : (kinds[i % kinds.length] as ArgNode['kind']);
        const text = 'word '.repeat(length / 5);
        const node: ArgNode = { id: `n${i}`, kind, text, position: { x: (i * 37) % 500, y: (i * 53) % 400 } };
        return kind === 'quote' ? { ...node, quote: { speaker: 'Someone', direct: true } } : node;
      });
      const links = new Set(parents.map((parent, i) => `${i + 1}>${parent}`));
      for (const [a, b] of extra) {
        const from = 1 + (a % (nodes.length - 1));
        links.add(`${from}>${b % from}`);
      }
      const edges = [...links].map((link, i) => {
        const [from, to] = link.split('>');
        return { id: `e${i}`, from: `n${from}`, to: `n${to}`, relation: 'supports' as const };
      });
      return {
        format: 'argmap',
        version: FORMAT_VERSION,
        title: 'Tree',
        nodes: order.map((i) => nodes[i] as ArgNode),
        edges,
        tour: [],
      };
    });

const layOut = async (map: ArgMap, options?: Parameters<typeof autoLayout>[1]) =>
  apply(map, await autoLayout(map, options));

describe('auto-layout', () => {
  test('lays out the article map as a tree: thesis on top and in place, reasons below, siblings in order', async () => {
    const map = article();
    const moves = await autoLayout(map);
    const after = apply(map, moves);
    const thesis = after.nodes.find((node) => node.kind === 'thesis') as ArgNode;
    expect(moves.has(thesis.id)).toBe(false);
    expect(Math.min(...after.nodes.map((node) => node.position.y))).toBe(thesis.position.y);
    expect(overlapsAfter(after, () => true)).toEqual([]);
    expect(reasonsNotBelow(after)).toEqual([]);
    expect(siblingsOutOfOrder(after)).toEqual([]);
  });

  test('is deterministic', async () => {
    const map = article();
    expect([...(await autoLayout(map))]).toEqual([...(await autoLayout(map))]);
    await fc.assert(
      fc.asyncProperty(arbitraryMap({ maxNodes: 10, maxEdges: 14 }), async (generated) => {
        expect([...(await autoLayout(generated))]).toEqual([...(await autoLayout(generated))]);
      }),
      { numRuns: 20 },
    );
  });

  test('keeps pinned nodes fixed and overlaps nothing, on any map', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryMap({ maxNodes: 12, maxEdges: 18 }), async (map) => {
        const moves = await autoLayout(map);
        for (const node of map.nodes) if (node.pinned) expect(moves.has(node.id)).toBe(false);
        expect(overlapsAfter(apply(map, moves), (node) => !node.pinned)).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  test('puts reasons below their claims and keeps siblings in map order, in trees', async () => {
    await fc.assert(
      fc.asyncProperty(argumentTree({ crossLinks: false }), async (map) => {
        const after = await layOut(map);
        expect(overlapsAfter(after, () => true)).toEqual([]);
        expect(reasonsNotBelow(after)).toEqual([]);
        expect(siblingsOutOfOrder(after)).toEqual([]);
        expect(after.nodes.find((node) => node.id === 'n0')?.position).toEqual(
          map.nodes.find((node) => node.id === 'n0')?.position,
        );
      }),
      { numRuns: 50 },
    );
  });

  test('hangs a reason of several claims below the deepest of them; its other links stretch nothing', async () => {
    await fc.assert(
      fc.asyncProperty(argumentTree({ crossLinks: true }), async (map) => {
        const tree = { ...map, edges: deepestLinks(map) };
        const after = await layOut(map);
        expect(overlapsAfter(after, () => true)).toEqual([]);
        expect(reasonsNotBelow({ ...after, edges: tree.edges })).toEqual([]);
        expect(after.nodes).toEqual((await layOut(tree)).nodes);
      }),
      { numRuns: 50 },
    );
  });

  test('keeps pinned nodes of the article map in place, with no overlaps', async () => {
    const map = article();
    map.nodes.forEach((node, i) => {
      if (i % 9 === 4) Object.assign(node, { pinned: true, position: { x: i * 97, y: (i * 131) % 900 } });
    });
    const moves = await autoLayout(map);
    for (const node of map.nodes) if (node.pinned) expect(moves.has(node.id)).toBe(false);
    expect(overlapsAfter(apply(map, moves), (node) => !node.pinned)).toEqual([]);
  });

  test('a pinned claim keeps the reasons that hang only from it beneath it', async () => {
    const map = sampleMap();
    map.nodes.push({ id: 'why', kind: 'premise', text: 'Because.', position: { x: 0, y: 0 } });
    map.edges.push({ id: 'e3', from: 'why', to: 'noise', relation: 'supports' });
    const noise = map.nodes.find((node) => node.id === 'noise') as ArgNode;
    Object.assign(noise, { pinned: true, position: { x: 5000, y: 3000 } });
    const after = await layOut(map);
    const why = after.nodes.find((node) => node.id === 'why') as ArgNode;
    expect(why.position.y).toBeGreaterThan(3000 + box(noise).height);
    expect(Math.abs(why.position.x - 5000)).toBeLessThan(400);
  });

  test('tidies only the selection, around where it was', async () => {
    const map = article();
    await fc.assert(
      fc.asyncProperty(fc.subarray(map.nodes.map((node) => node.id)), async (picked) => {
        const only = new Set(picked);
        const moves = await autoLayout(map, { only });
        for (const id of moves.keys()) expect(only.has(id)).toBe(true);
        expect(overlapsAfter(apply(map, moves), (node) => only.has(node.id))).toEqual([]);
      }),
      { numRuns: 10 },
    );
    await fc.assert(
      fc.asyncProperty(
        arbitraryMap({ maxNodes: 12, maxEdges: 18 }),
        fc.infiniteStream(fc.boolean()),
        async (generated, picks) => {
          const only = new Set(generated.nodes.filter(() => picks.next().value).map((node) => node.id));
          const moves = await autoLayout(generated, { only });
          for (const id of moves.keys())
            expect(only.has(id) && !generated.nodes.find((n) => n.id === id)?.pinned).toBe(true);
          expect(overlapsAfter(apply(generated, moves), (node) => only.has(node.id) && !node.pinned)).toEqual(
            [],
          );
        },
      ),
      { numRuns: 50 },
    );
  });

  test('a selection keeps its top-left corner when it holds no thesis', async () => {
    const map = article();
    const isClaim = (id: string) => map.edges.some((edge) => edge.to === id);
    const reasonsOf = (id: string) => map.edges.filter((edge) => edge.to === id).map((edge) => edge.from);
    const claim = map.nodes.find(
      (node) => node.kind !== 'thesis' && reasonsOf(node.id).length > 2 && !reasonsOf(node.id).some(isClaim),
    ) as ArgNode;
    const only = new Set([claim.id, ...reasonsOf(claim.id)]);
    // Scatter the selection in open space above the map, where nothing is in the way of tidying it.
    map.nodes.forEach((node, i) => {
      if (only.has(node.id)) node.position = { x: 1000 + ((i * 389) % 1500), y: -9000 + ((i * 211) % 1200) };
    });
    const selected = (m: ArgMap) => m.nodes.filter((node) => only.has(node.id));
    const corner = (m: ArgMap) => ({
      x: Math.min(...selected(m).map((node) => node.position.x)),
      y: Math.min(...selected(m).map((node) => node.position.y)),
    });
    const after = await layOut(map, { only });
    expect(corner(after)).toEqual(corner(map));
    expect(overlapsAfter(after, (node) => only.has(node.id))).toEqual([]);
    const within = after.edges.filter((edge) => only.has(edge.from) && only.has(edge.to));
    expect(reasonsNotBelow({ ...after, edges: within })).toEqual([]);
    expect(siblingsOutOfOrder({ ...after, edges: within })).toEqual([]);
  });

  test('puts loose nodes and notes in rows below the argument', async () => {
    const map = sampleMap();
    map.nodes.push({ id: 'aside', kind: 'note', text: 'Check the figures.', position: { x: -900, y: -900 } });
    const after = await layOut(map);
    const aside = after.nodes.find((node) => node.id === 'aside') as ArgNode;
    for (const node of after.nodes)
      if (node !== aside) expect(aside.position.y).toBeGreaterThan(box(node).y + box(node).height);
  });

  test('gives the article map a shape that fits a screen: between 0.75:1 and 2.4:1, cards filling a quarter', async () => {
    const shape = layoutShape((await layOut(article())).nodes.map(box));
    expect(shape.aspect).toBeGreaterThanOrEqual(0.75);
    expect(shape.aspect).toBeLessThanOrEqual(2.4);
    expect(shape.fill).toBeGreaterThanOrEqual(0.25);
  });

  test('keeps random argument trees of up to 400 nodes between 0.75:1 and 2.4:1', async () => {
    const bigTree = fc.integer({ min: 20, max: 400 }).chain((n) =>
      fc
        .tuple(
          fc.tuple(...Array.from({ length: n - 1 }, (_, i) => fc.nat(i))),
          fc.array(fc.nat(200), { minLength: n, maxLength: n }),
        )
        .map(
          ([parents, texts]): ArgMap => ({
            ...sampleMap(),
            nodes: texts.map((length, i) => ({
              id: `n${i}`,
              kind: i === 0 ? 'thesis' : 'premise',
              text: 'word '.repeat(length / 5),
              position: { x: 0, y: 0 },
            })),
            edges: parents.map((parent, i) => ({
              id: `e${i}`,
              from: `n${i + 1}`,
              to: `n${parent}`,
              relation: 'supports',
            })),
            tour: [],
          }),
        ),
    );
    await fc.assert(
      fc.asyncProperty(bigTree, async (map) => {
        const after = await layOut(map);
        const { aspect } = layoutShape(after.nodes.map(box));
        expect(aspect).toBeGreaterThanOrEqual(0.75);
        expect(aspect).toBeLessThanOrEqual(2.4);
        expect(reasonsNotBelow(after)).toEqual([]);
      }),
      { numRuns: 15 },
    );
  }, 60_000);

  test('moves nothing in an empty map or an empty selection', async () => {
    expect((await autoLayout({ ...sampleMap(), nodes: [], edges: [] })).size).toBe(0);
    expect((await autoLayout(sampleMap(), { only: new Set() })).size).toBe(0);
  });
});

/** Stands in for the layout worker: answers with autoLayout, in the reverse order of the requests. */
class FakeWorker extends EventTarget {
  private readonly requests: LayoutRequest[] = [];
  postMessage(request: LayoutRequest) {
    this.requests.push(request);
  }
  async answerAll() {
    for (const { id, map, ...options } of this.requests.splice(0).reverse()) {
      const reply: LayoutReply = { id, positions: await autoLayout(map, options) };
      this.dispatchEvent(new MessageEvent('message', { data: reply }));
    }
  }
  crash() {
    this.dispatchEvent(Object.assign(new Event('error', { cancelable: true }), { message: 'boom' }));
  }
  terminate() {}
}

describe('running the layout off the main thread', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  test('lays out on this thread where there are no workers', async () => {
    const { runLayout } = await import('../../../src-renderer/layout/runLayout');
    const map = sampleMap();
    expect([...(await runLayout(map))]).toEqual([...(await autoLayout(map))]);
  });

  test('matches replies to requests, and a crash fails what was waiting and starts a new worker', async () => {
    const workers: FakeWorker[] = [];
    vi.stubGlobal(
      'Worker',
      class extends FakeWorker {
        constructor() {
          super();
          workers.push(this);
        }
      },
    );
    const { runLayout } = await import('../../../src-renderer/layout/runLayout');
    const map = sampleMap();
    const whole = runLayout(map);
    const part = runLayout(map, { only: new Set(['noise']) });
    await workers[0]?.answerAll();
    expect([...(await whole)]).toEqual([...(await autoLayout(map))]);
    expect([...(await part)]).toEqual([...(await autoLayout(map, { only: new Set(['noise']) }))]);
    expect(workers).toHaveLength(1);

    const lost = runLayout(map);
    workers[0]?.crash();
    await expect(lost).rejects.toThrow('boom');
    const next = runLayout(map);
    expect(workers).toHaveLength(2);
    await workers[1]?.answerAll();
    expect((await next).size).toBeGreaterThan(0);
  });
});
