/** The native menus an action can appear in, in menu-bar order. */
export type MenuName = 'file' | 'edit' | 'view' | 'map' | 'go' | 'present' | 'help';

/** Each menu's name as people read it: in the menu bar, the shortcut sheet and the command palette. */
export const MENU_LABELS: Record<MenuName, string> = {
  file: 'File',
  edit: 'Edit',
  view: 'View',
  map: 'Map',
  go: 'Go',
  present: 'Present',
  help: 'Help',
};

/**
 * A user command as both sides know it: its id, its label and its shortcut. The native menu (main),
 * the keyboard shortcuts, the command palette and the shortcut sheet (renderer) are all built from
 * this one list; what an action does is bound in the renderer, which holds the document.
 */
export interface ActionSpec {
  id: string;
  label: string;
  /** Electron accelerator syntax ("CmdOrCtrl+Shift+S"). */
  accelerator?: string;
  /** A second key for the same action, not shown in menus (Backspace deletes, as Delete does). */
  secondary?: string;
  menu?: MenuName;
  /** Actions with the same group sit together; a separator falls between groups. */
  group?: string;
  /** Whether the shortcut also fires while typing in a text field (Save does; Undo leaves typing alone). */
  inTextFields?: boolean;
  /**
   * Carried by the platform's own clipboard events (cut, copy, paste): the keyboard and the menu's
   * standard items raise them, so the shortcut handler and the menu builder leave these alone.
   */
  native?: boolean;
}

type Spec = ActionSpec & { menu: MenuName };
/** One catalog entry. Generic over the id, so that `ActionId` is the union of the literal ids. */
const item = <Id extends string>(
  menu: MenuName,
  group: string,
  id: Id,
  label: string,
  accelerator?: string,
  more: Pick<ActionSpec, 'secondary' | 'inTextFields' | 'native'> = {},
): Spec & { id: Id } => ({ id, label, menu, group, ...(accelerator ? { accelerator } : {}), ...more });
const always = { inTextFields: true };

export const ACTIONS = [
  item('file', 'open', 'file.new', 'New Map', 'CmdOrCtrl+N', always),
  item('file', 'open', 'file.open', 'Open…', 'CmdOrCtrl+O', always),
  item('file', 'open', 'file.newFromArticle', 'New Map from Article…', 'CmdOrCtrl+Alt+N', always),
  item('file', 'open', 'file.import', 'Import…', 'CmdOrCtrl+Alt+O', always),
  item('file', 'save', 'file.save', 'Save', 'CmdOrCtrl+S', always),
  item('file', 'save', 'file.saveAs', 'Save As…', 'CmdOrCtrl+Shift+S', always),
  item('file', 'save', 'file.revert', 'Revert to Backup…'),
  item('file', 'export', 'file.export', 'Export…', 'CmdOrCtrl+Shift+E', always),
  item('file', 'compare', 'file.compare', 'Compare With…'),
  item('file', 'close', 'file.close', 'Close Window', 'CmdOrCtrl+W', always),

  item('edit', 'history', 'edit.undo', 'Undo', 'CmdOrCtrl+Z'),
  item('edit', 'history', 'edit.redo', 'Redo', 'CmdOrCtrl+Shift+Z', { secondary: 'CmdOrCtrl+Y' }),
  item('edit', 'clipboard', 'edit.cut', 'Cut', 'CmdOrCtrl+X', { native: true }),
  item('edit', 'clipboard', 'edit.copy', 'Copy', 'CmdOrCtrl+C', { native: true }),
  item('edit', 'clipboard', 'edit.paste', 'Paste', 'CmdOrCtrl+V', { native: true }),
  item('edit', 'clipboard', 'edit.copyPng', 'Copy as Image'),
  item('edit', 'clipboard', 'edit.copySvg', 'Copy as SVG'),
  item('edit', 'clipboard', 'edit.pasteAsNewMap', 'Paste as New Map'),
  item('edit', 'clipboard', 'edit.duplicate', 'Duplicate', 'CmdOrCtrl+D'),
  item('edit', 'clipboard', 'edit.delete', 'Delete', 'Delete', { secondary: 'Backspace' }),
  item('edit', 'select', 'edit.selectAll', 'Select All', 'CmdOrCtrl+A'),
  item('edit', 'select', 'edit.text', 'Edit Text', 'Enter', { secondary: 'F2' }),
  item('edit', 'find', 'edit.find', 'Find…', 'CmdOrCtrl+F', always),
  item('edit', 'find', 'edit.findNext', 'Find Next', 'F3', { ...always, secondary: 'CmdOrCtrl+G' }),
  item('edit', 'find', 'edit.findPrevious', 'Find Previous', 'Shift+F3', {
    ...always,
    secondary: 'CmdOrCtrl+Shift+G',
  }),

  item('view', 'panels', 'view.palette', 'Command Palette…', 'CmdOrCtrl+K', always),
  item('view', 'panels', 'view.toggleSource', 'Show Source Text', 'CmdOrCtrl+B'),
  item('view', 'zoom', 'view.zoomIn', 'Zoom In', 'CmdOrCtrl+='),
  item('view', 'zoom', 'view.zoomOut', 'Zoom Out', 'CmdOrCtrl+-'),
  item('view', 'zoom', 'view.actualSize', 'Actual Size', 'CmdOrCtrl+0'),
  item('view', 'zoom', 'view.fit', 'Zoom to Fit', 'Shift+1'),
  item('view', 'zoom', 'view.zoomSelection', 'Zoom to Selection', 'Shift+2'),
  item('view', 'panels', 'view.toggleOutline', 'Show Outline', 'CmdOrCtrl+Shift+O'),
  item('view', 'panels', 'view.compareSide', 'Show Compared Map Beside'),
  item('view', 'fold', 'fold.collapse', 'Collapse', '-'),
  item('view', 'fold', 'fold.expand', 'Expand', '='),
  item('view', 'fold', 'fold.levelOne', 'Collapse to Level 1', 'Alt+1'),
  item('view', 'fold', 'fold.levelTwo', 'Collapse to Level 2', 'Alt+2'),
  item('view', 'fold', 'fold.levelThree', 'Collapse to Level 3', 'Alt+3'),
  item('view', 'fold', 'fold.expandAll', 'Expand All', 'Alt+0'),
  item('view', 'focus', 'focus.claim', 'Focus on Claim', 'F'),
  item('view', 'focus', 'focus.up', 'Focus on the Claim Above', 'Alt+Up'),
  item('view', 'focus', 'focus.leave', 'Back to the Whole Map', 'Escape'),
  item('view', 'regions', 'view.nextRegion', 'Next Region', 'F6', always),
  item('view', 'regions', 'view.previousRegion', 'Previous Region', 'Shift+F6', always),
  item('view', 'look', 'view.snap', 'Snap to Grid', "CmdOrCtrl+'"),
  item('view', 'look', 'view.theme', 'Dark Theme'),
  item('view', 'interface', 'view.largerInterface', 'Larger Interface', 'CmdOrCtrl+Shift+='),
  item('view', 'interface', 'view.smallerInterface', 'Smaller Interface', 'CmdOrCtrl+Shift+-'),
  item('view', 'interface', 'view.actualInterface', 'Actual Interface Size', 'CmdOrCtrl+Shift+0'),
  item('view', 'assess', 'view.assess', 'Assess Mode', 'Shift+A'),

  item('map', 'add', 'node.addPremise', 'New Premise', 'P'),
  item('map', 'add', 'node.addCounterpoint', 'New Counterpoint', 'C'),
  item('map', 'add', 'node.addRebuttal', 'New Rebuttal', 'R'),
  item('map', 'add', 'node.addQuote', 'New Quote', 'Q'),
  item('map', 'add', 'node.addNote', 'New Note', 'N'),
  item('map', 'assess', 'assess.accept', 'Accept', 'A'),
  item('map', 'assess', 'assess.reject', 'Reject', 'X'),
  item('map', 'assess', 'assess.open', 'Mark as Open', 'O'),
  item('map', 'assess', 'assess.scoreOne', 'Confidence 1 of 5', '1'),
  item('map', 'assess', 'assess.scoreTwo', 'Confidence 2 of 5', '2'),
  item('map', 'assess', 'assess.scoreThree', 'Confidence 3 of 5', '3'),
  item('map', 'assess', 'assess.scoreFour', 'Confidence 4 of 5', '4'),
  item('map', 'assess', 'assess.scoreFive', 'Confidence 5 of 5', '5'),
  item('map', 'link', 'edge.switchRelation', 'Switch Supports / Opposes', 'S'),
  item('map', 'link', 'edge.reverse', 'Reverse Link'),
  item('map', 'layout', 'map.layout', 'Auto-Layout Map', 'CmdOrCtrl+Shift+L'),
  item('map', 'layout', 'map.tidy', 'Tidy Selection', 'Shift+L'),
  item('map', 'layout', 'map.pin', 'Pin or Unpin', 'Shift+P'),
  item('map', 'arrange', 'map.alignLeft', 'Align Left'),
  item('map', 'arrange', 'map.alignCentre', 'Align Centres'),
  item('map', 'arrange', 'map.alignRight', 'Align Right'),
  item('map', 'arrange', 'map.alignTop', 'Align Tops'),
  item('map', 'arrange', 'map.alignMiddle', 'Align Middles'),
  item('map', 'arrange', 'map.alignBottom', 'Align Bottoms'),
  item('map', 'arrange', 'map.distributeHorizontally', 'Distribute Horizontally'),
  item('map', 'arrange', 'map.distributeVertically', 'Distribute Vertically'),
  item('map', 'source', 'map.sourceInfo', 'Source Info…'),
  item('map', 'source', 'map.replaceSource', 'Replace Source…'),
  item('map', 'source', 'map.findQuotes', 'Find Quotes…', 'CmdOrCtrl+Alt+Q'),

  item('go', 'structure', 'go.claim', 'Claim Above', 'Up'),
  item('go', 'structure', 'go.reason', 'First Reason Below', 'Down'),
  item('go', 'structure', 'go.previousSibling', 'Previous Sibling', 'Left'),
  item('go', 'structure', 'go.nextSibling', 'Next Sibling', 'Right'),
  item('go', 'structure', 'go.nextLink', 'Next Link of the Node', 'L'),
  item('go', 'order', 'go.next', 'Next Node', ']'),
  item('go', 'order', 'go.previous', 'Previous Node', '['),
  item('go', 'source', 'go.nextUnmapped', 'Next Unmapped Passage', 'CmdOrCtrl+Alt+U'),

  item('present', 'start', 'present.start', 'Present from the Start', 'F5', always),
  item('present', 'start', 'present.current', 'Present from the Current Step', 'Shift+F5', always),
  item('present', 'start', 'present.withPresenterView', 'Present with Presenter View', 'Alt+F5', always),
  item('present', 'tour', 'view.toggleTour', 'Show Tour', 'CmdOrCtrl+Shift+T'),
  item('present', 'tour', 'tour.addStep', 'Add Selection as Tour Step', 'CmdOrCtrl+Shift+Enter'),
  item('present', 'tour', 'tour.generate', 'Generate Tour'),
  item('present', 'tour', 'present.handout', 'Export Handout…'),
  item('present', 'look', 'view.projector', 'Projector Theme'),

  item('help', 'help', 'help.shortcuts', 'Keyboard Shortcuts', 'CmdOrCtrl+/', always),
] as const satisfies readonly Spec[];

export type ActionId = (typeof ACTIONS)[number]['id'];

const byId = new Map<string, ActionSpec>(ACTIONS.map((action) => [action.id, action]));

export function actionSpec(id: string): ActionSpec | undefined {
  return byId.get(id);
}

export function isActionId(id: string): id is ActionId {
  return byId.has(id);
}
