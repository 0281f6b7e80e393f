import { visiblePart } from '../../src-shared/fold/folding';
import { isLaidOut } from '../../src-shared/layout/laidOut';
import type { Change } from '../../src-shared/ops/change';
import { moveNodes } from '../../src-shared/ops/nodeOps';
import type { Refusal } from '../../src-shared/ops/refusal';
import type { ActionContext } from '../actions/actionContext';
import { applyResult } from '../actions/applyResult';
import { drawnSizes } from '../actions/drawnSizes';
import { runLayout } from '../layout/runLayout';

/**
 * Commits a change to what is shown (a fold, a reason moved in the outline) and then, if the map was laid
 * out before it (`isLaidOut`), lays out what is now shown, so folded branches leave the layout and the
 * map closes up around them. The layout runs off the main thread and joins the change's
 * own entry in history: one undo takes back both. A map arranged by hand is left as it was arranged.
 * Asking the layout (sending the map to its worker costs the main thread several milliseconds) waits
 * until the main thread is idle: the frames that show a fold, and an unfold's links arriving in the
 * steps after it (canvas/links/arrivals.ts), are the ones a person waits for.
 */
export async function commitAndCloseUp(
  ctx: Pick<ActionContext, 'editor' | 'flow'>,
  result: Change | Refusal | null,
): Promise<void> {
  const before = ctx.editor.getState().map;
  if (!applyResult(ctx, result)) return;
  const after = ctx.editor.getState().map;
  const sizes = drawnSizes(ctx);
  await whenIdle();
  const shownBefore = visiblePart(before);
  if (!isLaidOut(shownBefore, await runLayout(shownBefore, { sizes }))) return;
  const positions = await runLayout(visiblePart(after), { sizes });
  const state = ctx.editor.getState();
  if (state.map !== after) return;
  state.amend(moveNodes(after, { moves: [...positions].map(([id, position]) => ({ id, position })) }));
}

/** Resolves once the main thread is idle, or after a second at the latest. */
const whenIdle = () =>
  new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 1000 }));
