import type { ArgEdge, ArgMap, ArgNode, NodeKind } from '../../src-shared/model/map';
import { FORMAT_VERSION } from '../../src-shared/model/map';

export interface LargeMapOptions {
  /** How many nodes (default 5,000). */
  nodes?: number;
  /** Different seeds give maps with different text and layout; the same seed always the same map. */
  seed?: number;
}

/** mulberry32: numbers in [0, 1), small, fast and the same on every machine for the same seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'reconciliation summit abductions sanctions missile diplomacy Tokyo Pyongyang normalisation ' +
  'families apology compensation talks envoy trust verification détente 拉致 ünïcödé — “quoted” 😀'
).split(' ');

const REASON_KINDS: readonly NodeKind[] = ['premise', 'counterpoint', 'rebuttal', 'quote', 'note'];

/**
 * A valid map of a realistic shape and a few MB (5,000 nodes ≈ 2.5 MB of JSON): a thesis with a tree
 * of reasons below it, a few cross links, quotes anchored in a long source text, sizes and a tour.
 * Deterministic, so tests in different processes build byte-identical versions of it.
 */
export function largeMap({ nodes: count = 5_000, seed = 1 }: LargeMapOptions = {}): ArgMap {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');

  const sourceText = Array.from({ length: 400 }, () => `${words(60)}.`).join('\n\n');
  const nodes: ArgNode[] = [];
  const edges: ArgEdge[] = [];
  for (let i = 0; i < count; i++) {
    const kind: NodeKind = i === 0 ? 'thesis' : pick(REASON_KINDS);
    const node: ArgNode = {
      id: `n${i}`,
      kind,
      text: `${words(12 + Math.floor(next() * 24))}.`,
      position: { x: Math.round(next() * 40_000), y: Math.round(next() * 20_000) },
      size: { width: 240, height: 90 + Math.floor(next() * 60) },
    };
    if (kind === 'quote') {
      const start = Math.floor(next() * (sourceText.length - 200));
      const end = start + 40 + Math.floor(next() * 150);
      node.quote = { speaker: words(2), role: words(3), direct: next() < 0.5 };
      node.anchor = { start, end, exact: sourceText.slice(start, end) };
    }
    if (next() < 0.2) node.notes = words(15);
    if (next() < 0.1) node.tags = [pick(WORDS), `tag-${i % 7}`];
    nodes.push(node);
    if (i > 0) {
      const parent = Math.floor(next() * i);
      edges.push({
        id: `e${i}`,
        from: `n${i}`,
        to: `n${parent}`,
        relation: kind === 'counterpoint' ? 'opposes' : 'supports',
      });
    }
  }
  // Cross links, one per 20 nodes, always from a later node to an earlier one that is not its parent.
  const linked = new Set(edges.map((edge) => `${edge.from}>${edge.to}`));
  for (let i = 0; i < count / 20; i++) {
    const from = 2 + Math.floor(next() * (count - 2));
    const to = Math.floor(next() * from);
    if (linked.has(`n${from}>n${to}`)) continue;
    linked.add(`n${from}>n${to}`);
    edges.push({ id: `x${i}`, from: `n${from}`, to: `n${to}`, relation: pick(['supports', 'opposes']) });
  }
  const tour = Array.from({ length: Math.min(20, count) }, (_, i) => ({
    id: `s${i}`,
    title: words(4),
    focus: [`n${Math.floor((i * count) / 20)}`],
    notes: words(30),
  }));
  return {
    format: 'argmap',
    version: FORMAT_VERSION,
    title: `A large map (seed ${seed})`,
    source: { title: words(6), author: words(2), text: sourceText },
    nodes,
    edges,
    tour,
  };
}
