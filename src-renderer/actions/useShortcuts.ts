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

/** Keys without Ctrl, Cmd or Alt (Enter, Tab, arrows, letters; not F-keys) belong to whatever control has focus. */
function isBareKey(accelerator: string | undefined): boolean {
  if (!accelerator || /^(Shift\+)?F\d{1,2}$/.test(accelerator)) return false;
  return !/(Cmd|Ctrl|Control|Command|Alt|Option|Super|Meta)/i.test(accelerator);
}

/** The page itself or the canvas: where bare keys are map commands rather than a control's own keys. */
function isCanvasFocus(target: EventTarget | null): boolean {
  return (
    target === document.body ||
    target === document.documentElement ||
    (target instanceof Element && !!target.closest('.react-flow'))
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
      // While presenting, keys belong to the presentation.
      if (event.defaultPrevented || event.isComposing || ctx.editor.getState().presenting) return;
      const inText = isTextField(event.target);
      const onCanvas = isCanvasFocus(event.target);
      const action = (ACTIONS as readonly ActionSpec[]).find(
        (candidate) =>
          !candidate.native &&
          (!inText || candidate.inTextFields) &&
          (onCanvas || !isBareKey(candidate.accelerator)) &&
          [candidate.accelerator, candidate.secondary].some(
            (key) => key && matchesAccelerator(key, event, isMac),
          ),
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
