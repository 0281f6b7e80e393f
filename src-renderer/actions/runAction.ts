import { isActionId } from '../../src-shared/actions/catalog';
import type { ActionContext } from './actionContext';
import { BINDINGS } from './bindings';

/** Runs an action by id if it can run now. Errors become a notice rather than vanishing in a promise. */
export function runAction(id: string, ctx: ActionContext): boolean {
  if (!isActionId(id)) return false;
  const binding = BINDINGS[id];
  if (binding.enabled && !binding.enabled(ctx)) return false;
  Promise.resolve()
    .then(() => binding.run(ctx))
    .catch((error: unknown) => {
      ctx.editor.getState().showNotice({
        title: 'Something went wrong',
        message: error instanceof Error ? error.message : String(error),
      });
    });
  return true;
}
