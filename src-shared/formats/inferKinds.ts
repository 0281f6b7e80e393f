import type { NodeKind } from '../model/map';
import type { DraftEdge, DraftNode } from './draft';

/**
 * The kind of each node the file does not name, read from the structure: a node with a speaker is a
 * quote; one that bears on nothing is a root, the thesis; one that supports is a premise; one that
 * opposes a counterpoint is a rebuttal, and one that opposes anything else is a counterpoint.
 * A reason's kind follows its first link, so kinds are settled from the roots down.
 */
export function inferKinds(
  nodes: readonly Pick<DraftNode, 'key' | 'kind' | 'quote'>[],
  edges: readonly DraftEdge[],
): Map<string, NodeKind> {
  const firstLink = new Map<string, DraftEdge>();
  for (const edge of edges) if (!firstLink.has(edge.from)) firstLink.set(edge.from, edge);
  const given = new Map(nodes.map((node) => [node.key, node]));
  const kinds = new Map<string, NodeKind>();

  /** The kind settled by the node alone, or null when it opposes a claim whose kind decides. */
  const ownKind = (key: string): NodeKind | null => {
    const node = given.get(key);
    const link = firstLink.get(key);
    if (node?.kind) return node.kind;
    if (node?.quote) return 'quote';
    if (!link) return 'thesis';
    return link.relation === 'supports' ? 'premise' : null;
  };

  // Iterative, so a long chain of objections cannot overflow the stack; a cycle of them reads as counterpoints.
  const kindOf = (start: string): void => {
    const chain: string[] = [];
    const onChain = new Set<string>();
    let key = start;
    let below: NodeKind = 'premise';
    while (true) {
      const known = kinds.get(key) ?? ownKind(key);
      if (known) {
        kinds.set(key, known);
        below = known;
        break;
      }
      if (onChain.has(key)) break;
      chain.push(key);
      onChain.add(key);
      key = (firstLink.get(key) as DraftEdge).to;
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      below = below === 'counterpoint' ? 'rebuttal' : 'counterpoint';
      kinds.set(chain[i] as string, below);
    }
  };
  for (const node of nodes) kindOf(node.key);
  return kinds;
}
