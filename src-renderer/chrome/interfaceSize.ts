import type { ArgmapApi } from '../../src-shared/ipc/api';
import { describeInterfaceSize } from '../../src-shared/view/interfaceSize';
import { announce } from '../a11y/announcer';
import type { ActionContext } from '../actions/actionContext';

/** Asks main to zoom the window's page; a page cannot zoom itself. */
export function applyInterfaceSize(argmap: ArgmapApi, size: number): void {
  void argmap.window.setInterfaceSize({ factor: size });
}

/** Sets the interface's size, remembered for the next launch, and says so on screen and aloud. */
export function changeInterfaceSize(ctx: ActionContext, size: number): void {
  const editor = ctx.editor.getState();
  editor.setInterfaceSize(size);
  applyInterfaceSize(ctx.argmap, size);
  editor.showFlash(describeInterfaceSize(size));
  announce(describeInterfaceSize(size));
}
