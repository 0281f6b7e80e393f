import type { NodeProps } from '@xyflow/react';
import type { ArgFlowNode } from '../toFlow';

/**
 * A card is drawn from its id, its data, its selection and its size. React Flow also passes where it
 * is (and whether it is being dragged), which moves the card's wrapper, not the card: a node that only
 * moved is not drawn again, so a drag or an auto-layout of thousands of nodes stays cheap.
 */
export function sameCard(before: NodeProps<ArgFlowNode>, after: NodeProps<ArgFlowNode>): boolean {
  return (
    before.id === after.id &&
    before.data === after.data &&
    before.selected === after.selected &&
    before.width === after.width &&
    before.height === after.height
  );
}
