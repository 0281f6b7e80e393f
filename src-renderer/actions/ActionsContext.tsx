import { createContext, type ReactNode, useCallback, useContext, useMemo, useSyncExternalStore } from 'react';
import type { ActionId } from '../../src-shared/actions/catalog';
import type { ActionContext } from './actionContext';
import { BINDINGS } from './bindings';
import { runAction } from './runAction';

interface Actions {
  ctx: ActionContext;
  run(id: ActionId): boolean;
}

const Context = createContext<Actions | null>(null);

/** Gives the window's buttons the action registry's bindings: what each action does, and whether it can now. */
export function ActionsProvider({ ctx, children }: { ctx: ActionContext; children: ReactNode }) {
  const value = useMemo<Actions>(() => ({ ctx, run: (id) => runAction(id, ctx) }), [ctx]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useActions(): Actions {
  const actions = useContext(Context);
  if (!actions) throw new Error('useActions must be used inside <ActionsProvider>');
  return actions;
}

/**
 * Which of these actions can run now, as their bindings say. Whether an action can run depends on the
 * document (undo, a selection) and on the canvas (zoom limits), so both stores are watched; the caller
 * re-renders only when the answer changes. Pass a constant list.
 */
export function useEnabledActions(ids: readonly ActionId[]): ReadonlySet<ActionId> {
  const { ctx } = useActions();
  const subscribe = useCallback(
    (notify: () => void) => {
      const stops = [ctx.editor.subscribe(notify), ctx.canvas.subscribe(notify)];
      return () => {
        for (const stop of stops) stop();
      };
    },
    [ctx],
  );
  const enabled = useCallback(
    () => ids.filter((id) => BINDINGS[id].enabled?.(ctx) ?? true).join(' '),
    [ctx, ids],
  );
  const key = useSyncExternalStore(subscribe, enabled);
  return useMemo(() => new Set(key.split(' ') as ActionId[]), [key]);
}
