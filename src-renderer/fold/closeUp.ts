import { visiblePart } from '../../src-shared/fold/folding';
import type { ArgMap, Position } from '../../src-shared/model/map';
import type { Change } from '../../src-shared/ops/change';
import { moveNodes } from '../../src-shared/ops/nodeOps';
import type { Refusal } from '../../src-shared/ops/refusal';
import type { ActionContext } from '../actions/actionContext';
import { applyResult } from '../actions/applyResult';
import { drawnSizes } from '../actions/drawnSizes';
import { runLayout } from '../layout/runLayout';

/** How far Auto-Layout may move a node for the map still to count as laid out (measured sizes round). */
const LAID_OUT_TOLERANCE = 8;

const barelyMoves = (map: ArgMap, moves: ReadonlyMap<string, Position>) => {
  const byId = new Map(map.nodes.map((node) => [node.id, node.position]));
  for (const [id, to] of moves) {
    const from = byId.get(id);
    if (!from || Math.hypot(to.x - from.x, to.y - from.y) > LAID_OUT_TOLERANCE) return false;
  }
  return true;
};

/**
 * Commits a change to what is shown (a fold, a reason moved in the outline) and then, if the map was laid
 * out before it (Auto-Layout would leave it as it is), lays out what is now shown, so folded branches leave
 * the layout and the map closes up around them. The layout runs off the main thread and joins the change's
 * own entry in history: one undo takes back both. A map arranged by hand is left as it was arranged.
 */
export async function commitAndCloseUp(
  ctx: Pick<ActionContext, 'editor' | 'flow'>,
  result: Change | Refusal | null,
): Promise<void> {
  const before = ctx.editor.getState().map;
  if (!applyResult(ctx, result)) return;
  const after = ctx.editor.getState().map;
  const sizes = drawnSizes(ctx);
  const shownBefore = visiblePart(before);
  if (!barelyMoves(shownBefore, await runLayout(shownBefore, { sizes }))) return;
  const positions = await runLayout(visiblePart(after), { sizes });
  const state = ctx.editor.getState();
  if (state.map !== after) return;
  state.amend(moveNodes(after, { moves: [...positions].map(([id, position]) => ({ id, position })) }));
}
