import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import { ACTIONS, type ActionSpec, MENU_LABELS, type MenuName } from '../../src-shared/actions/catalog';

export interface MenuHandlers {
  /** `viaKey`: the item fired by its shortcut rather than a click (only macOS does that; see below). */
  runAction(id: string, viaKey: boolean): void;
  openRecent(path: string): void;
  clearRecent(): void;
}

/** Menu-bar titles with their Alt-key mnemonic (the first letter) on Windows and Linux. */
const title = (menu: MenuName) => `&${MENU_LABELS[menu]}`;

/** The actions of one menu, with a separator between groups. */
function actionItems(menu: MenuName, run: MenuHandlers['runAction']): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  let group: string | undefined;
  for (const action of ACTIONS as readonly ActionSpec[]) {
    // Cut, copy and paste stay the platform's own items (below), which also serve text fields.
    if (action.menu !== menu || action.native) continue;
    if (items.length > 0 && action.group !== group) items.push({ type: 'separator' });
    group = action.group;
    items.push({
      id: action.id,
      label: action.label,
      accelerator: action.accelerator,
      // The renderer handles every shortcut itself (one code path in the app and in tests); the menu
      // only shows the key. macOS ignores registerAccelerator and hands the menu every key the page
      // did not take, so such a click is marked, and the page applies its rules for keys to it.
      registerAccelerator: false,
      click: (_item, _window, event) => run(action.id, event.triggeredByAccelerator === true),
    });
  }
  return items;
}

/** Builds the native menu bar from the action catalog: File, Edit, View, Help (the app menu first on macOS). */
export function buildMenu(handlers: MenuHandlers, recentPaths: string[]): Menu {
  const isMac = process.platform === 'darwin';
  const recent: MenuItemConstructorOptions = {
    label: 'Open &Recent',
    submenu: [
      ...recentPaths.map((path) => ({ label: path, click: () => handlers.openRecent(path) })),
      ...(recentPaths.length > 0 ? [{ type: 'separator' as const }] : []),
      { label: 'Clear Recent', enabled: recentPaths.length > 0, click: handlers.clearRecent },
    ],
  };
  const file = actionItems('file', handlers.runAction);
  const openIndex = file.findIndex((item) => item.id === 'file.open');
  file.splice(openIndex + 1, 0, recent);
  if (!isMac) file.push({ type: 'separator' }, { role: 'quit', label: 'E&xit' });

  const edit = [
    ...actionItems('edit', handlers.runAction),
    { type: 'separator' as const },
    // Text fields keep the platform's clipboard commands (Select All is the map's, above, and
    // selects a text field's text when one has focus).
    { role: 'cut' as const },
    { role: 'copy' as const },
    { role: 'paste' as const },
  ];
  const view = [
    ...actionItems('view', handlers.runAction),
    { type: 'separator' as const },
    { role: 'togglefullscreen' as const },
    ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
  ];
  // macOS has About in the app menu already.
  const help = [
    ...actionItems('help', handlers.runAction),
    ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'about' as const, label: 'About Argmap' }]),
  ];

  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { label: title('file'), submenu: file },
    { label: title('edit'), submenu: edit },
    { label: title('view'), submenu: view },
    { label: title('map'), submenu: actionItems('map', handlers.runAction) },
    { label: title('go'), submenu: actionItems('go', handlers.runAction) },
    { label: title('present'), submenu: actionItems('present', handlers.runAction) },
    ...(isMac ? [{ role: 'windowMenu' as const }] : []),
    { label: title('help'), role: 'help', submenu: help },
  ];
  return Menu.buildFromTemplate(template);
}
