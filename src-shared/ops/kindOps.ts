import { DEFAULT_RELATION } from '../model/kinds';
import type { ArgMap, ArgNode, NodeKind } from '../model/map';
import type { Change, Step } from './change';

/**
 * Changes what role a node plays, keeping its text, anchor, links and notes. A node that becomes
 * a quote gets an empty attribution; one that stops being a quote loses it (and undo brings it back).
 * Its links follow the new kind's relation where they followed the old kind's.
 * Returns null for a missing node or the kind it already has.
 */
export function setNodeKind(map: ArgMap, args: { id: string; kind: NodeKind }): Change | null {
  const node = map.nodes.find((candidate) => candidate.id === args.id);
  if (!node || node.kind === args.kind) return null;
  const before: Partial<ArgNode> = { kind: node.kind };
  const after: Partial<ArgNode> = { kind: args.kind };
  if (args.kind === 'quote') {
    before.quote = undefined;
    after.quote = { speaker: '', direct: true };
  } else if (node.quote) {
    before.quote = node.quote;
    after.quote = undefined;
  }
  const steps: Step[] = [{ type: 'update', list: 'nodes', id: node.id, before, after }];
  // A reason's links said what its old kind implied (a premise supports); they now say what the new kind
  // implies (a counterpoint opposes). A relation the user chose against the kind's default is left alone.
  const wasDefault = DEFAULT_RELATION[node.kind];
  const nowDefault = DEFAULT_RELATION[args.kind];
  if (wasDefault && nowDefault && wasDefault !== nowDefault) {
    for (const edge of map.edges) {
      if (edge.from !== node.id || edge.relation !== wasDefault) continue;
      steps.push({
        type: 'update',
        list: 'edges',
        id: edge.id,
        before: { relation: edge.relation },
        after: { relation: nowDefault },
      });
    }
  }
  return { label: `Change to ${args.kind}`, steps };
}
