import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { ArgFlowNode } from '../toFlow';
import { useSilhouette } from './farZoom';
import { NodeCard } from './NodeCard';
import { NodeText } from './NodeText';
import { sameCard } from './sameCard';
import { useNodeEditing } from './useNodeEditing';

const PLACEHOLDERS = {
  thesis: 'State the thesis',
  premise: 'A reason for the claim above',
  counterpoint: 'A reason against the claim above',
  rebuttal: 'An answer to the counterpoint',
  note: 'A note',
  quote: 'The quoted words',
} as const;

/** Thesis, premise, counterpoint, rebuttal and note: a statement in the map's own words. */
export const StatementNode = memo(function StatementNode({
  id,
  data,
  selected,
  width,
  height,
}: NodeProps<ArgFlowNode>) {
  const { node } = data;
  const { editing, passageChanged, commitText, stopEditing } = useNodeEditing(id);
  const silhouette = useSilhouette(node.kind, { selected, editing, width, height });
  if (silhouette) return silhouette;
  return (
    <NodeCard
      kind={node.kind}
      selected={selected}
      passageChanged={passageChanged}
      pinned={!!node.pinned}
      fold={data.folded ? { id, count: data.folded } : undefined}
    >
      <NodeText
        text={node.text}
        editing={editing}
        placeholder={PLACEHOLDERS[node.kind]}
        onCommit={commitText}
        onDone={stopEditing}
      />
    </NodeCard>
  );
}, sameCard);
