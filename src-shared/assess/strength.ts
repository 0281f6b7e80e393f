import type { ArgNode } from '../model/map';
import type { ArgumentGraph } from './argumentGraph';
import { componentsInDependencyOrder } from './components';
import { answersFactor } from './schemes';

/** A node's base score τ: 0 if rejected; else its score, else 1 if accepted, else 0.5; lowered by each "no". */
export function baseScore(node: ArgNode): number {
  const assessment = node.assessment;
  if (assessment?.status === 'rejected') return 0;
  const given = assessment?.score ?? (assessment?.status === 'accepted' ? 1 : 0.5);
  return given * answersFactor(node);
}

/**
 * DF-QuAD's combination of a base score with the aggregated attack and support, each aggregated as
 * 1 − ∏(1 − vᵢ) over the strengths of the attackers or supporters (0 for none).
 */
function combine(base: number, attack: number, support: number): number {
  return attack >= support ? base - base * (attack - support) : base + (1 - base) * (support - attack);
}

export interface Strengths {
  /** Each node's strength in [0, 1], or null where it depends on a cycle that did not settle. */
  strengths: Array<number | null>;
  /** The nodes on each cycle of links, by index. */
  cycles: number[][];
  /** Whether every cycle settled to a fixed point. */
  converged: boolean;
}

const ITERATIONS = 1_000;
const TOLERANCE = 1e-12;

/**
 * Strength by DF-QuAD (Rago, Toni, Aurisicchio and Baroni, KR 2016), which weighs support and attack
 * together. Acyclic parts are computed exactly, each node after the nodes that bear on it; a cycle is
 * iterated to a fixed point, and where it does not settle its nodes (and all they bear on) get null.
 */
export function strengthsOf(
  graph: ArgumentGraph,
  base: readonly number[] = graph.nodes.map(baseScore),
  components: readonly (readonly number[])[] = dependencyOrder(graph),
): Strengths {
  const strengths: Array<number | null> = graph.nodes.map(() => null);
  const cycles: number[][] = [];
  let converged = true;
  const evaluate = strengthRule(graph, base);
  for (const component of components) {
    if (component.length === 1) {
      const i = component[0] as number;
      strengths[i] = evaluate(i, strengths);
      continue;
    }
    cycles.push([...component]);
    if (!settleCycle(component, strengths, base, evaluate)) converged = false;
  }
  return { strengths, cycles, converged };
}

/** A node's strength from the current strengths of its attackers and supporters; null if one has none. */
export type StrengthRule = (i: number, values: ReadonlyArray<number | null>) => number | null;

/** DF-QuAD's rule for one node, over base scores that may change between calls (the what-if search's). */
export function strengthRule(graph: ArgumentGraph, base: readonly number[]): StrengthRule {
  const { attackers, supporters } = graph;
  // The hot loop of the semantics (the what-if search runs it thousands of times): no allocation in it.
  const product = (list: readonly number[], values: ReadonlyArray<number | null>): number | null => {
    let result = 1;
    for (const j of list) {
      const value = values[j];
      if (value === null || value === undefined) return null;
      result *= 1 - value;
    }
    return result;
  };
  return (i, values) => {
    const unattacked = product(attackers[i] ?? [], values);
    const unsupported = product(supporters[i] ?? [], values);
    if (unattacked === null || unsupported === null) return null;
    return combine(base[i] as number, 1 - unattacked, 1 - unsupported);
  };
}

/** The graph's nodes grouped into cycles (or single nodes), each after the nodes that bear on it. */
export function dependencyOrder(graph: ArgumentGraph): number[][] {
  const { attackers, supporters } = graph;
  return componentsInDependencyOrder(
    graph.nodes.map((_, i) => [...(attackers[i] ?? []), ...(supporters[i] ?? [])]),
  );
}

/**
 * Iterates the nodes of one cycle from their base scores until no strength moves, then writes them into
 * `strengths`; false (and `strengths` untouched) if they never settle.
 */
export function settleCycle(
  component: readonly number[],
  strengths: Array<number | null>,
  base: readonly number[],
  evaluate: StrengthRule,
): boolean {
  const trial = [...strengths];
  for (const i of component) trial[i] = base[i] as number;
  for (let round = 0; round < ITERATIONS; round++) {
    let moved = 0;
    const next = component.map((i) => evaluate(i, trial));
    if (next.includes(null)) return false;
    component.forEach((i, k) => {
      moved = Math.max(moved, Math.abs((next[k] as number) - (trial[i] as number)));
      trial[i] = next[k] as number;
    });
    if (moved < TOLERANCE) {
      for (const i of component) strengths[i] = trial[i] as number;
      return true;
    }
  }
  return false;
}
