import type { ArgumentGraph } from './argumentGraph';
import type { Standing } from './evaluate';
import { type GroundedLabel, groundedLabels } from './grounded';
import { baseScore, dependencyOrder, settleCycle, strengthRule, strengthsOf } from './strength';

/** One node set to a status for a trial. */
export interface Trial {
  node: number;
  status: 'rejected' | 'accepted';
}

/**
 * The claim's standing after trial changes of status, for a search that tries thousands of them. A change
 * reaches only the nodes it bears on, directly or through others, so each trial recomputes just the nodes
 * between the changed ones and the claim (in the order of computation) over the map's settled standings,
 * and puts them back after: the cost of a trial is the size of that stretch, not of the map. It gives the
 * very numbers the whole computation would (the same operations in the same order).
 */
export function trialStanding(graph: ArgumentGraph, claim: number) {
  const { nodes, attackers, supporters } = graph;
  const count = nodes.length;
  const base = nodes.map(baseScore);
  const rejected = nodes.map((node) => node.assessment?.status === 'rejected');
  const order = dependencyOrder(graph);
  const labels = groundedLabels(graph);
  const strengths = strengthsOf(graph, base, order).strengths;
  const component = new Int32Array(count);
  order.forEach((members, k) => {
    for (const i of members) component[i] = k;
  });
  // Who each node bears on (attacks and supports), and whom it attacks.
  const bearsOn: number[][] = nodes.map(() => []);
  const attacks: number[][] = nodes.map(() => []);
  attackers.forEach((list, target) => {
    for (const from of list) {
      bearsOn[from]?.push(target);
      attacks[from]?.push(target);
    }
  });
  supporters.forEach((list, target) => {
    for (const from of list) bearsOn[from]?.push(target);
  });
  // Only what leads to the claim can change it.
  const leadsToClaim = new Uint8Array(count);
  leadsToClaim[claim] = 1;
  const upstream = [claim];
  for (let next = 0; next < upstream.length; next++) {
    const target = upstream[next] as number;
    for (const from of [...(attackers[target] ?? []), ...(supporters[target] ?? [])])
      if (!leadsToClaim[from]) {
        leadsToClaim[from] = 1;
        upstream.push(from);
      }
  }

  const evaluate = strengthRule(graph, base);
  const inStretch = new Uint8Array(count);
  // How many attackers of each node of the stretch are not yet out (set for the stretch on each trial).
  const live = new Int32Array(count);

  /** The nodes the changes bear on that lead to the claim, the changed nodes among them. */
  function stretchOf(trials: readonly Trial[]): number[] {
    const stretch: number[] = [];
    for (const { node } of trials)
      if (leadsToClaim[node] && !inStretch[node]) {
        inStretch[node] = 1;
        stretch.push(node);
      }
    for (let next = 0; next < stretch.length; next++)
      for (const target of bearsOn[stretch[next] as number] ?? [])
        if (leadsToClaim[target] && !inStretch[target]) {
          inStretch[target] = 1;
          stretch.push(target);
        }
    return stretch;
  }

  /** The grounded labelling again over the stretch, the labels of everything else held as they are. */
  function claimLabel(stretch: readonly number[]): GroundedLabel {
    const saved = stretch.map((i) => labels[i] as GroundedLabel);
    const queue: number[] = [];
    const settle = (i: number, label: GroundedLabel) => {
      if (labels[i] !== 'undec') return;
      labels[i] = label;
      queue.push(i);
    };
    for (const i of stretch) labels[i] = 'undec';
    for (const i of stretch) if (rejected[i]) settle(i, 'out');
    for (const i of stretch) {
      let alive = 0;
      let beaten = false;
      for (const attacker of attackers[i] ?? []) {
        if (inStretch[attacker] || labels[attacker] === 'undec') alive++;
        else if (labels[attacker] === 'in') beaten = true;
      }
      live[i] = alive;
      if (beaten) settle(i, 'out');
      else if (alive === 0) settle(i, 'in');
    }
    for (let next = 0; next < queue.length; next++) {
      const i = queue[next] as number;
      for (const target of attacks[i] ?? []) {
        if (!inStretch[target]) continue;
        if (labels[i] === 'in') settle(target, 'out');
        else if (labels[i] === 'out') {
          live[target] = (live[target] as number) - 1;
          if (live[target] === 0) settle(target, 'in');
        }
      }
    }
    const label = labels[claim] as GroundedLabel;
    stretch.forEach((i, k) => {
      labels[i] = saved[k] as GroundedLabel;
    });
    return label;
  }

  /** DF-QuAD again over the stretch, component by component in the order of computation. */
  function claimStrength(stretch: readonly number[]): number | null {
    const saved = stretch.map((i) => strengths[i] ?? null);
    const components = [...new Set(stretch.map((i) => component[i] as number))].sort((a, b) => a - b);
    for (const k of components) {
      const members = order[k] as number[];
      if (members.length === 1) {
        const i = members[0] as number;
        strengths[i] = evaluate(i, strengths);
        continue;
      }
      for (const i of members) strengths[i] = null;
      settleCycle(members, strengths, base, evaluate);
    }
    const strength = strengths[claim] ?? null;
    stretch.forEach((i, k) => {
      strengths[i] = saved[k] as number | null;
    });
    return strength;
  }

  const now: Standing = { label: labels[claim] as GroundedLabel, strength: strengths[claim] ?? null };
  return {
    now,
    /** The claim's standing after the trials; `only` leaves out the semantics the caller does not need. */
    after(trials: readonly Trial[], only?: 'label' | 'strength'): Standing {
      const before = trials.map(({ node }) => ({
        node,
        base: base[node] as number,
        rejected: rejected[node],
      }));
      for (const { node, status } of trials) {
        const changed = nodes[node];
        if (!changed) continue;
        base[node] = baseScore({ ...changed, assessment: { ...changed.assessment, status } });
        rejected[node] = status === 'rejected';
      }
      const stretch = stretchOf(trials);
      const standing: Standing = {
        label: only === 'strength' ? now.label : claimLabel(stretch),
        strength: only === 'label' ? now.strength : claimStrength(stretch),
      };
      for (const i of stretch) inStretch[i] = 0;
      for (const saved of before.reverse()) {
        base[saved.node] = saved.base;
        rejected[saved.node] = saved.rejected as boolean;
      }
      return standing;
    },
  };
}
