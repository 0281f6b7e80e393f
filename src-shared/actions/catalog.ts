/** The native menus an action can appear in, in menu-bar order. */
export type MenuName = 'file' | 'edit' | 'view' | 'map' | 'help';

/**
 * A user command as both sides know it: its id, its label and its shortcut. The native menu (main),
 * the keyboard shortcuts, the shortcut sheet (renderer) are all built from this one list; what an
 * action does is bound in the renderer, which holds the document.
 */
export interface ActionSpec {
  id: string;
  label: string;
  /** Electron accelerator syntax ("CmdOrCtrl+Shift+S"). */
  accelerator?: string;
  menu?: MenuName;
  /** Actions with the same group sit together; a separator falls between groups. */
  group?: string;
  /** Whether the shortcut also fires while typing in a text field (Save does; Undo leaves typing alone). */
  inTextFields?: boolean;
}

export const ACTIONS = [
  {
    id: 'file.new',
    label: 'New Map',
    accelerator: 'CmdOrCtrl+N',
    menu: 'file',
    group: 'open',
    inTextFields: true,
  },
  {
    id: 'file.open',
    label: 'Open…',
    accelerator: 'CmdOrCtrl+O',
    menu: 'file',
    group: 'open',
    inTextFields: true,
  },
  {
    id: 'file.save',
    label: 'Save',
    accelerator: 'CmdOrCtrl+S',
    menu: 'file',
    group: 'save',
    inTextFields: true,
  },
  {
    id: 'file.saveAs',
    label: 'Save As…',
    accelerator: 'CmdOrCtrl+Shift+S',
    menu: 'file',
    group: 'save',
    inTextFields: true,
  },
  {
    id: 'file.close',
    label: 'Close Window',
    accelerator: 'CmdOrCtrl+W',
    menu: 'file',
    group: 'close',
    inTextFields: true,
  },
  { id: 'edit.undo', label: 'Undo', accelerator: 'CmdOrCtrl+Z', menu: 'edit', group: 'history' },
  { id: 'edit.redo', label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', menu: 'edit', group: 'history' },
  { id: 'edit.text', label: 'Edit Text', accelerator: 'Enter', menu: 'edit', group: 'node' },
  {
    id: 'view.toggleSource',
    label: 'Show Source Text',
    accelerator: 'CmdOrCtrl+B',
    menu: 'view',
    group: 'panes',
  },
  { id: 'view.zoomIn', label: 'Zoom In', accelerator: 'CmdOrCtrl+=', menu: 'view', group: 'zoom' },
  { id: 'view.zoomOut', label: 'Zoom Out', accelerator: 'CmdOrCtrl+-', menu: 'view', group: 'zoom' },
  { id: 'view.actualSize', label: 'Actual Size', accelerator: 'CmdOrCtrl+0', menu: 'view', group: 'zoom' },
  { id: 'view.fit', label: 'Zoom to Fit', accelerator: 'Shift+1', menu: 'view', group: 'zoom' },
  { id: 'node.addPremise', label: 'New Premise', accelerator: 'P', menu: 'map', group: 'add' },
  { id: 'node.addCounterpoint', label: 'New Counterpoint', accelerator: 'C', menu: 'map', group: 'add' },
  { id: 'node.addRebuttal', label: 'New Rebuttal', accelerator: 'R', menu: 'map', group: 'add' },
  { id: 'node.addQuote', label: 'New Quote', accelerator: 'Q', menu: 'map', group: 'add' },
  {
    id: 'help.shortcuts',
    label: 'Keyboard Shortcuts',
    accelerator: 'CmdOrCtrl+/',
    menu: 'help',
    group: 'help',
    inTextFields: true,
  },
] as const satisfies readonly ActionSpec[];

export type ActionId = (typeof ACTIONS)[number]['id'];

const byId = new Map<string, ActionSpec>(ACTIONS.map((action) => [action.id, action]));

export function actionSpec(id: string): ActionSpec | undefined {
  return byId.get(id);
}

export function isActionId(id: string): id is ActionId {
  return byId.has(id);
}
