import { autoLayout } from '../src-shared/layout/autoLayout';
import {
  type ArgEdge,
  type ArgMap,
  type ArgNode,
  FORMAT_VERSION,
  type NodeKind,
  type Relation,
} from '../src-shared/model/map';
import { cardText, quoteAttribution } from './mapText';
import { type Random, seededRandom } from './random';

export interface GenerateOptions {
  seed?: number;
  /** Links per node, tree and cross links together. */
  edgesPerNode?: number;
  /** Share of nodes that are loose notes. */
  notes?: number;
}

/** The kinds of reason that hang below each kind of claim, with their weights. */
const REASONS: Partial<Record<NodeKind, ReadonlyArray<readonly [NodeKind, number]>>> = {
  thesis: [
    ['premise', 0.55],
    ['counterpoint', 0.2],
    ['quote', 0.25],
  ],
  premise: [
    ['premise', 0.45],
    ['counterpoint', 0.15],
    ['quote', 0.4],
  ],
  counterpoint: [
    ['rebuttal', 0.4],
    ['premise', 0.25],
    ['quote', 0.35],
  ],
  rebuttal: [
    ['premise', 0.6],
    ['quote', 0.4],
  ],
};

/** A reason's relation follows its kind: counterpoints and rebuttals oppose, premises and quotes support. */
const relationOf = (kind: NodeKind): Relation =>
  kind === 'counterpoint' || kind === 'rebuttal' ? 'opposes' : 'supports';

function weighted(next: Random, choices: ReadonlyArray<readonly [NodeKind, number]>): NodeKind {
  let roll = next();
  for (const [kind, weight] of choices) {
    roll -= weight;
    if (roll < 0) return kind;
  }
  return (choices[choices.length - 1] as readonly [NodeKind, number])[0];
}

/**
 * The argument of a map of `count` nodes, every node at (0, 0): a thesis, a tree of premises,
 * counterpoints, rebuttals and quotes below it (quotes are leaves), loose notes, and cross links from
 * reasons to earlier claims until there are `edgesPerNode` links per node. Deterministic for a seed.
 */
export function generateArgument(count: number, options: GenerateOptions = {}): ArgMap {
  const { seed = 1, edgesPerNode = 1.2, notes = 0.03 } = options;
  const next = seededRandom(seed);
  const nodes: ArgNode[] = [];
  const edges: ArgEdge[] = [];
  const claims: number[] = [];
  /** How many claims came before each node: a cross link goes only to an earlier claim. */
  const claimsBefore: number[] = [];
  const links = new Set<string>();
  const link = (from: ArgNode, to: ArgNode) => {
    links.add(`${from.id}>${to.id}`);
    edges.push({ id: `e${edges.length + 1}`, from: from.id, to: to.id, relation: relationOf(from.kind) });
  };
  const add = (kind: NodeKind) => {
    const node: ArgNode = {
      id: `n${nodes.length}`,
      kind,
      text: cardText(next, kind),
      position: { x: 0, y: 0 },
    };
    if (kind === 'quote') node.quote = quoteAttribution(next);
    nodes.push(node);
    claimsBefore.push(claims.length);
    if (kind !== 'quote' && kind !== 'note') claims.push(nodes.length - 1);
    return node;
  };

  if (count > 0) add('thesis');
  for (let i = 1; i < count; i++) {
    if (next() < notes) {
      add('note');
      continue;
    }
    // Recent claims draw more reasons, so the tree grows deep in places, as an analysis does.
    const claim = nodes[claims[Math.floor(claims.length * (1 - next() ** 2))] as number] as ArgNode;
    link(add(weighted(next, REASONS[claim.kind] ?? [])), claim);
  }

  // Cross links: a reason also bears on an earlier claim, never twice on the same one.
  const reasons = nodes.filter((node, i) => i > 0 && node.kind !== 'note');
  const wanted = Math.round(count * edgesPerNode);
  for (let tries = 0; edges.length < wanted && reasons.length > 0 && tries < wanted * 20; tries++) {
    const reason = reasons[Math.floor(next() * reasons.length)] as ArgNode;
    const before = claimsBefore[Number(reason.id.slice(1))] as number;
    const claim = nodes[claims[Math.floor(next() * before)] as number];
    if (claim && !links.has(`${reason.id}>${claim.id}`)) link(reason, claim);
  }
  return {
    format: 'argmap',
    version: FORMAT_VERSION,
    title: `Generated map of ${count} nodes`,
    nodes,
    edges,
    tour: [],
  };
}

/** A generated argument laid out by the app's own auto-layout, so no two cards overlap. */
export async function generateMap(count: number, options: GenerateOptions = {}): Promise<ArgMap> {
  const map = generateArgument(count, options);
  const moves = await autoLayout(map);
  const nodes = map.nodes.map((node) => {
    const position = moves.get(node.id);
    return position ? { ...node, position: { x: Math.round(position.x), y: Math.round(position.y) } } : node;
  });
  return { ...map, nodes };
}
