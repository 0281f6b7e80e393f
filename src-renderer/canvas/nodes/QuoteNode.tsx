import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { revealBidiControls } from '../../../src-shared/text/revealBidiControls';
import type { ArgFlowNode } from '../toFlow';
import { useSilhouette } from './farZoom';
import { NodeCard } from './NodeCard';
import { NodeText } from './NodeText';
import { sameCard } from './sameCard';
import { useNodeEditing } from './useNodeEditing';

/** Someone's words: the quotation (in quotation marks when printed so), then who said it and in what role. */
export const QuoteNode = memo(function QuoteNode({
  id,
  data,
  selected,
  width,
  height,
}: NodeProps<ArgFlowNode>) {
  const { node } = data;
  const { editing, passageChanged, commitText, stopEditing } = useNodeEditing(id);
  const silhouette = useSilhouette('quote', { selected, editing, width, height });
  if (silhouette) return silhouette;
  const direct = node.quote?.direct ?? true;
  return (
    <NodeCard
      kind="quote"
      selected={selected}
      passageChanged={passageChanged}
      pinned={!!node.pinned}
      fold={data.folded ? { id, count: data.folded } : undefined}
    >
      <div className={direct ? 'quote-body quote-body--direct' : 'quote-body quote-body--reported'}>
        <NodeText
          text={node.text}
          editing={editing}
          placeholder="The quoted words"
          onCommit={commitText}
          onDone={stopEditing}
        />
      </div>
      <footer className="quote-attribution" role="none">
        <span className="quote-speaker">{revealBidiControls(node.quote?.speaker || 'Unknown speaker')}</span>
        {node.quote?.role ? <span className="quote-role">{revealBidiControls(node.quote.role)}</span> : null}
        {direct ? null : <span className="quote-reported">reported speech</span>}
      </footer>
    </NodeCard>
  );
}, sameCard);
