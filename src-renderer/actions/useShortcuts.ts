import { useEffect } from 'react';
import { matchesAccelerator } from '../../src-shared/actions/accelerator';
import { ACTIONS, type ActionSpec } from '../../src-shared/actions/catalog';
import { isMac } from '../bridge';
import type { ActionContext } from './actionContext';
import { runAction } from './runAction';

function isTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * The keyboard shortcuts of every action in the catalog, and the menu's clicks (which main forwards
 * as "action:run"): both land in runAction, so a menu item and its key do exactly the same.
 */
export function useShortcuts(ctx: ActionContext | null): void {
  useEffect(() => {
    if (!ctx) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const inText = isTextField(event.target);
      const action = (ACTIONS as readonly ActionSpec[]).find(
        (candidate) =>
          candidate.accelerator &&
          (!inText || candidate.inTextFields) &&
          matchesAccelerator(candidate.accelerator, event, isMac),
      );
      if (action && runAction(action.id, ctx)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    const stopMenu = ctx.argmap.on('action:run', ({ id }) => runAction(id, ctx));
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      stopMenu();
    };
  }, [ctx]);
}
