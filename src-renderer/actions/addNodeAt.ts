import { estimateNodeSize } from '../../src-shared/layout/nodeSize';
import { newId } from '../../src-shared/model/ids';
import { DEFAULT_RELATION } from '../../src-shared/model/kinds';
import type { ArgEdge, ArgNode, NodeKind } from '../../src-shared/model/map';
import { addNode } from '../../src-shared/ops/nodeOps';
import type { ActionContext } from './actionContext';

/**
 * Adds a node of the chosen kind where the kind chooser was opened (a double-click on the canvas, or
 * the end of a link dragged into empty space, which links the new node) and opens it for typing.
 */
export function addNodeFromChooser(ctx: ActionContext, kind: NodeKind): void {
  const state = ctx.editor.getState();
  const chooser = state.chooser;
  if (!chooser) return;
  state.openChooser(null);
  const draft = { kind, text: '', ...(kind === 'quote' ? { quote: { speaker: '', direct: true } } : {}) };
  const size = estimateNodeSize(draft);
  const position = {
    x: Math.round(chooser.flow.x - size.width / 2),
    y: Math.round(chooser.flow.y - size.height / 2),
  };
  const node: ArgNode = { id: newId(kind), position, ...draft };

  let edge: ArgEdge | undefined;
  const other = chooser.link
    ? state.map.nodes.find((candidate) => candidate.id === chooser.link?.nodeId)
    : undefined;
  if (chooser.link && other) {
    // The reason's kind says how it bears on its claim: a counterpoint opposes, a premise supports.
    const [reason, claim] = chooser.link.newNodeIs === 'reason' ? [node, other] : [other, node];
    edge = {
      id: newId('e'),
      from: reason.id,
      to: claim.id,
      relation: DEFAULT_RELATION[reason.kind] ?? 'supports',
    };
  }
  state.commit(addNode(state.map, { node, ...(edge ? { edge } : {}) }));
  state.startEditing(node.id);
}
