import { moveNodes } from '../../src-shared/ops/nodeOps';
import { runLayout } from '../layout/runLayout';
import type { ActionContext } from './actionContext';
import { drawnSizes } from './drawnSizes';

/**
 * Lays out the map (or only the selected nodes) off the main thread, then commits the result as one
 * undoable move. Edits made while the layout ran win: the result is dropped if the map changed.
 */
export async function layOut(ctx: ActionContext, only?: ReadonlySet<string>): Promise<void> {
  const before = ctx.editor.getState().map;
  const positions = await runLayout(before, { sizes: drawnSizes(ctx), ...(only ? { only } : {}) });
  const { map, commit, showFlash } = ctx.editor.getState();
  if (map !== before) {
    showFlash('The map changed while it was being laid out; run the layout again.');
    return;
  }
  const change = moveNodes(map, { moves: [...positions].map(([id, position]) => ({ id, position })) });
  if (!change) {
    showFlash('The map is already laid out.');
    return;
  }
  commit({ ...change, label: only ? 'Tidy selection' : 'Auto-layout' });
}
