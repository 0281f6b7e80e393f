import type { ArgMap } from '../model/map';
import { argumentGraph } from './argumentGraph';
import { type GroundedLabel, groundedLabels } from './grounded';
import { strengthsOf } from './strength';

export interface Standing {
  label: GroundedLabel;
  strength: number | null;
}

/** What `argmap evaluate --json` prints: each node's standing, the thesis's, and the cycles of links. */
export interface Evaluation {
  /** Every node but notes. */
  nodes: Record<string, Standing>;
  thesis: ({ id: string } & Standing) | null;
  cycles: string[][];
  /** Whether every cycle's strengths settled (where one did not, its nodes have strength null). */
  converged: boolean;
}

/** The verdict on a claim, in words: it holds (in), fails (out), or is undecided. */
export const VERDICTS: Record<GroundedLabel, string> = { in: 'Holds', out: 'Fails', undec: 'Undecided' };

/** Both semantics over a map: the grounded label and the DF-QuAD strength of every node. Pure and linear. */
export function evaluateMap(map: Pick<ArgMap, 'nodes' | 'edges'>): Evaluation {
  const graph = argumentGraph(map);
  const labels = groundedLabels(graph);
  const { strengths, cycles, converged } = strengthsOf(graph);
  const nodes: Record<string, Standing> = {};
  graph.nodes.forEach((node, i) => {
    nodes[node.id] = { label: labels[i] as GroundedLabel, strength: strengths[i] ?? null };
  });
  const thesis = graph.nodes.find((node) => node.kind === 'thesis');
  return {
    nodes,
    thesis: thesis ? { id: thesis.id, ...(nodes[thesis.id] as Standing) } : null,
    cycles: cycles.map((cycle) => cycle.map((i) => graph.nodes[i]?.id as string)),
    converged,
  };
}
