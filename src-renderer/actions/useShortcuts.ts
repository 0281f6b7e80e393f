import { useEffect } from 'react';
import { matchesAccelerator } from '../../src-shared/actions/accelerator';
import { ACTIONS, type ActionSpec, isActionId } from '../../src-shared/actions/catalog';
import { isMac } from '../bridge';
import type { ActionContext } from './actionContext';
import { keyContextOf, keyMayRun, TEXT_FIELD_COMMANDS } from './keyContext';
import { runAction } from './runAction';

/** Menu items that work while presenting: the projector theme, the light/dark theme, the interface's size. */
const LOOK_ACTIONS = new Set([
  'view.projector',
  'view.theme',
  'view.largerInterface',
  'view.smallerInterface',
  'view.actualInterface',
]);

/**
 * The keyboard shortcuts of every action in the catalog, and the menu's clicks (which main forwards
 * as "action:run"): both land in runAction, so a menu item and its key do exactly the same. A menu
 * item fired by its key (macOS hands the menu every key the page did not take) passes the same
 * rule as the page's own keys, in keyMayRun.
 */
export function useShortcuts(ctx: ActionContext | null): void {
  useEffect(() => {
    if (!ctx) return;
    const presenting = () => ctx.editor.getState().presenting !== null;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const where = keyContextOf(event.target);
      const action = (ACTIONS as readonly ActionSpec[]).find(
        (candidate) =>
          keyMayRun(candidate, where, presenting()) &&
          [candidate.accelerator, candidate.secondary].some(
            (key) => key && matchesAccelerator(key, event, isMac),
          ),
      );
      if (action && runAction(action.id, ctx)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    const stopMenu = ctx.argmap.on('action:run', ({ id, viaKey }) => {
      const action = (ACTIONS as readonly ActionSpec[]).find((candidate) => candidate.id === id);
      const where = keyContextOf(document.activeElement);
      // Edit → Undo, Redo and Select All act on the text being typed when a field has focus, as the
      // platform's own items do: one item per command, for the field or else the map.
      const textCommand = TEXT_FIELD_COMMANDS[id];
      if (where.inText && textCommand) {
        document.execCommand(textCommand);
        return;
      }
      if (!viaKey || !action || !isActionId(id)) {
        // A click in the menu: while presenting, only the look of the talk changes from the menu.
        if (!presenting() || LOOK_ACTIONS.has(id)) runAction(id, ctx);
        return;
      }
      if (keyMayRun(action, where, presenting())) runAction(id, ctx);
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      stopMenu();
    };
  }, [ctx]);
}
