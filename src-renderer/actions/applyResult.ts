import type { Change } from '../../src-shared/ops/change';
import { isRefusal, type Refusal } from '../../src-shared/ops/refusal';
import type { ActionContext } from './actionContext';

/** Commits what an operation returns; a refusal is told to the user in a passing message instead. */
export function applyResult(ctx: Pick<ActionContext, 'editor'>, result: Change | Refusal | null): boolean {
  if (result === null) return false;
  if (isRefusal(result)) {
    ctx.editor.getState().showFlash(result.refused);
    return false;
  }
  ctx.editor.getState().commit(result);
  return true;
}
