import type { ArgumentGraph } from './argumentGraph';

export type GroundedLabel = 'in' | 'out' | 'undec';

/**
 * The grounded labelling (Dung 1995) of the attack graph: support plays no part. A rejected node is out;
 * a node is in when every attacker is out, out when some attacker is in, and undecided otherwise (as on
 * a cycle of attacks nothing settles). Linear in nodes and links: each node is settled once, from a queue.
 */
export function groundedLabels(
  graph: ArgumentGraph,
  rejected: (i: number) => boolean = (i) => graph.nodes[i]?.assessment?.status === 'rejected',
): GroundedLabel[] {
  const { nodes, attackers } = graph;
  const labels: GroundedLabel[] = nodes.map(() => 'undec');
  const targets: number[][] = nodes.map(() => []);
  attackers.forEach((list, target) => {
    for (const attacker of list) targets[attacker]?.push(target);
  });
  // How many attackers of each node are not yet out.
  const live = attackers.map((list) => list.length);
  const queue: number[] = [];
  const settle = (i: number, label: GroundedLabel) => {
    if (labels[i] !== 'undec') return;
    labels[i] = label;
    queue.push(i);
  };
  nodes.forEach((_, i) => {
    if (rejected(i)) settle(i, 'out');
  });
  nodes.forEach((_, i) => {
    if (live[i] === 0) settle(i, 'in');
  });
  for (let next = 0; next < queue.length; next++) {
    const i = queue[next] as number;
    for (const target of targets[i] ?? []) {
      if (labels[i] === 'in') settle(target, 'out');
      else if (labels[i] === 'out') {
        live[target] = (live[target] ?? 0) - 1;
        if (live[target] === 0) settle(target, 'in');
      }
    }
  }
  return labels;
}
