import type { ActionId } from '../../../src-shared/actions/catalog';
import type { ActionContext } from '../actionContext';

/** What an action does in the renderer, and when it can run. */
export interface ActionBinding {
  enabled?(ctx: ActionContext): boolean;
  run(ctx: ActionContext): unknown;
}

export type Bindings<Prefix extends string> = {
  [Id in Extract<ActionId, `${Prefix}.${string}`>]: ActionBinding;
};
