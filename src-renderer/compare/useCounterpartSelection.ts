import { useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useRef } from 'react';
import { shortText } from '../../src-shared/a11y/names';
import type { ArgMap } from '../../src-shared/model/map';
import { announce } from '../a11y/announcer';
import type { ActionContext } from '../actions/actionContext';
import { revealNode } from '../actions/reveal';
import type { EditorStore, EditorStoreState } from '../store/editorStore';
import { counterpartInOther, counterpartInReference } from './comparedMapStore';
import { comparisonReport } from './comparisonReport';

const nodeIn = (map: ArgMap, id: string) => map.nodes.find((node) => node.id === id);

/**
 * Keeps the two panes' selections together: what is selected in the reference selects its counterparts in
 * the other map (brought into view there), and picking a node of the other map selects its counterpart in
 * the reference. A node with no counterpart (missing, extra) selects nothing on the other side. Returns
 * the pick, for the other map's pane; call it inside that pane's React Flow provider.
 */
export function useCounterpartSelection(ctx: ActionContext, side: EditorStore): (otherId: string) => void {
  const sideFlow = useReactFlow();
  /** Set while a pick in this pane selects in the reference: the picked card is in view already. */
  const picking = useRef(false);

  useEffect(() => {
    const follow = (state: EditorStoreState, reveal: boolean) => {
      const report = comparisonReport(state);
      if (!report) return;
      const ids = [...state.selectedIds].flatMap((id) => counterpartInOther(report, id) ?? []);
      side.getState().select(ids);
      const only = ids.length === 1 ? nodeIn(side.getState().map, ids[0] as string) : undefined;
      if (only && reveal && !picking.current) revealNode({ flow: sideFlow }, only);
    };
    follow(ctx.editor.getState(), false);
    return ctx.editor.subscribe((state, previous) => {
      if (state.selectedIds !== previous.selectedIds) follow(state, true);
    });
  }, [ctx, side, sideFlow]);

  return useCallback(
    (otherId: string) => {
      const report = comparisonReport(ctx.editor.getState());
      if (!report) return;
      const referenceId = counterpartInReference(report, otherId);
      picking.current = true;
      ctx.editor.getState().select(referenceId ? [referenceId] : []);
      picking.current = false;
      side.getState().select([otherId]);
      const reference = referenceId ? nodeIn(ctx.editor.getState().map, referenceId) : undefined;
      if (reference) revealNode(ctx, reference);
      const picked = shortText(nodeIn(side.getState().map, otherId));
      announce(
        reference ? `${picked}: selected here and in the reference` : `${picked}: not in the reference`,
      );
    },
    [ctx, side],
  );
}
