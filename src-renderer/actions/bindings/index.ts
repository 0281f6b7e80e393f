import type { ActionId } from '../../../src-shared/actions/catalog';
import { assessBindings } from './assessBindings';
import { editBindings } from './editBindings';
import { fileBindings } from './fileBindings';
import { focusBindings, foldBindings } from './foldBindings';
import { goBindings } from './goBindings';
import { edgeBindings, mapBindings, nodeBindings } from './mapBindings';
import { presentBindings, tourBindings } from './presentBindings';
import type { ActionBinding } from './types';
import { viewBindings } from './viewBindings';

export type { ActionBinding } from './types';

/** Every action of the catalog, bound. The type makes a missing binding a compile error. */
export const BINDINGS: Record<ActionId, ActionBinding> = {
  ...fileBindings,
  ...editBindings,
  ...viewBindings,
  ...nodeBindings,
  ...edgeBindings,
  ...mapBindings,
  ...goBindings,
  ...presentBindings,
  ...tourBindings,
  ...assessBindings,
  ...foldBindings,
  ...focusBindings,
  'help.shortcuts': { run: (ctx) => ctx.editor.getState().showShortcuts(true) },
};
