import { useReactFlow } from '@xyflow/react';
import { foldedNote } from '../../../src-shared/a11y/names';
import { setCollapsed } from '../../../src-shared/ops/foldOps';
import { groupDigits } from '../../../src-shared/text/groupDigits';
import { focusOn } from '../../focus/focusActions';
import { commitAndCloseUp } from '../../fold/closeUp';
import { useEditor, useEditorStore } from '../../store/EditorContext';

/**
 * "+12" below a folded card: how many nodes its fold hides; clicking it unfolds the card. In Focus on
 * Claim it counts what lies below a reason, and clicking it steps down into that reason.
 *
 * It is drawn for the eye and the pointer only. The card is an option of the map's list, whose content a
 * screen reader reads as plain text (a button inside would be lost: axe's nested-interactive), so the count
 * is in the card's description instead, and the keys do what the click does: Equals (Expand) unfolds the
 * selected card, F (Focus on Claim) steps into it.
 */
export function FoldBadge({ id, count }: { id: string; count: number }) {
  const editor = useEditorStore();
  const flow = useReactFlow();
  const inFocus = useEditor((state) => state.focus !== null);
  const title = inFocus ? `Focus on this claim: ${foldedNote(count, true)}` : `Expand: ${foldedNote(count)}`;
  return (
    <span
      className="fold-badge nodrag"
      title={title}
      aria-hidden
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
      +{groupDigits(count)}
    </span>
  );
}
