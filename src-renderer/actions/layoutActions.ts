import { moveNodes } from '../../src-shared/ops/nodeOps';
import { applyWithinLimits } from '../../src-shared/ops/withinLimits';
import { runLayout } from '../layout/runLayout';
import type { ActionContext } from './actionContext';
import { drawnSizes } from './drawnSizes';

const CHANGED_MEANWHILE = 'The map changed while it was being laid out; run the layout again.';

/**
 * Lays out the map (or only the selected nodes) off the main thread, then commits the result as one
 * undoable move. Edits made while the layout ran win: the result is dropped if the map changed. The
 * thousand moves of a large map are checked in one task and drawn in the next (the commit takes the
 * check's answer), so neither holds the main thread for long.
 */
export async function layOut(ctx: ActionContext, only?: ReadonlySet<string>): Promise<void> {
  const before = ctx.editor.getState().map;
  const positions = await runLayout(before, { sizes: drawnSizes(ctx), ...(only ? { only } : {}) });
  const { map, commit, showFlash } = ctx.editor.getState();
  if (map !== before) return showFlash(CHANGED_MEANWHILE);
  const moves = moveNodes(map, { moves: [...positions].map(([id, position]) => ({ id, position })) });
  if (!moves) {
    showFlash('The map is already laid out.');
    return;
  }
  const change = { ...moves, label: only ? 'Tidy selection' : 'Auto-layout' };
  applyWithinLimits(map, change);
  await new Promise((next) => setTimeout(next));
  if (ctx.editor.getState().map !== map) return showFlash(CHANGED_MEANWHILE);
  commit(change);
}
