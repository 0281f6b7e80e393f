import type { NodeKind, Relation } from './map';

/**
 * How a new node of each kind bears on the claim it is added to: a premise or a quote backs it,
 * a counterpoint or a rebuttal (which answers a counterpoint) opposes it. Notes stand apart.
 */
export const DEFAULT_RELATION: Record<NodeKind, Relation | null> = {
  thesis: null,
  premise: 'supports',
  counterpoint: 'opposes',
  rebuttal: 'opposes',
  quote: 'supports',
  note: null,
};
