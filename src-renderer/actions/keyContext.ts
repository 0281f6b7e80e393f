import type { ActionSpec } from '../../src-shared/actions/catalog';

/** Where a key press lands: a text field, the canvas (or the bare page), or another control. */
export interface KeyContext {
  inText: boolean;
  onCanvas: boolean;
  /** In the article's text, which takes focus to scroll by keys: its letters still make nodes (P, C, Q). */
  inArticle?: boolean;
}

function isTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** The page itself or the canvas: where bare keys are map commands rather than a control's own keys. */
function isCanvasFocus(target: EventTarget | null): boolean {
  return (
    target === document.body ||
    target === document.documentElement ||
    // The map compared with is read only: bare keys there are its own (arrows, Enter, Esc), never map commands.
    (target instanceof Element && !!target.closest('.react-flow') && !target.closest('.compare-side'))
  );
}

export function keyContextOf(target: EventTarget | null): KeyContext {
  return {
    inText: isTextField(target),
    onCanvas: isCanvasFocus(target),
    inArticle: target instanceof Element && !!target.closest('.source-body'),
  };
}

/** Keys without Ctrl, Cmd or Alt (Enter, Tab, arrows, letters; not F-keys) belong to whatever control has focus. */
function isBareKey(accelerator: string | undefined): boolean {
  if (!accelerator || /^(Shift\+)?F\d{1,2}$/.test(accelerator)) return false;
  return !/(Cmd|Ctrl|Control|Command|Alt|Option|Super|Meta)/i.test(accelerator);
}

/**
 * The one rule for whether a key runs an action, whichever way the key arrives: the page's own
 * keydown, or (on macOS) the native menu's accelerator, which fires for every key the page left alone.
 * While presenting, keys belong to the presentation; in a text field only actions meant for typing
 * run; bare keys are map commands only on the canvas.
 */
export function keyMayRun(action: ActionSpec, where: KeyContext, presenting: boolean): boolean {
  if (presenting || action.native) return false;
  if (where.inText && !action.inTextFields) return false;
  if (where.onCanvas || !isBareKey(action.accelerator)) return true;
  // The article scrolls with arrows, Space and Page keys; a letter on selected text makes a node of it.
  return where.inArticle === true && /^(Shift\+)?[A-Z]$/.test(action.accelerator ?? '');
}

/** What a refused menu accelerator still means in a text field: the field's own editing command. */
export const TEXT_FIELD_COMMANDS: Partial<Record<string, 'undo' | 'redo' | 'selectAll'>> = {
  'edit.undo': 'undo',
  'edit.redo': 'redo',
  'edit.selectAll': 'selectAll',
};
