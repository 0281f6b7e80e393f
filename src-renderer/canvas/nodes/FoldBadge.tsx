import { useReactFlow } from '@xyflow/react';
import { setCollapsed } from '../../../src-shared/ops/foldOps';
import { focusOn } from '../../focus/focusActions';
import { commitAndCloseUp } from '../../fold/closeUp';
import { useEditor, useEditorStore } from '../../store/EditorContext';

/**
 * "+12" below a folded card: how many nodes its fold hides; pressing it unfolds the card. In Focus on
 * Claim it counts what lies below a reason, and pressing it steps down into that reason.
 */
export function FoldBadge({ id, count }: { id: string; count: number }) {
  const editor = useEditorStore();
  const flow = useReactFlow();
  const inFocus = useEditor((state) => state.focus !== null);
  const what = `${count} ${count === 1 ? 'node' : 'nodes'}`;
  const label = inFocus ? `Focus on this claim: ${what} below it` : `Expand: ${what} folded away`;
  return (
    <button
      type="button"
      className="fold-badge nodrag"
      title={label}
      aria-label={label}
      // Enter and Space press the button; on the canvas they would otherwise edit the card (the action registry's keys).
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') event.stopPropagation();
      }}
      onClick={(event) => {
        event.stopPropagation();
        if (inFocus) focusOn({ editor, flow }, id);
        else
          void commitAndCloseUp(
            { editor, flow },
            setCollapsed(editor.getState().map, { ids: [id], collapsed: false }),
          );
      }}
    >
      +{count.toLocaleString('en')}
    </button>
  );
}
