import { formatAccelerator } from '../../src-shared/actions/accelerator';
import { ACTIONS, type ActionSpec, MENU_LABELS, type MenuName } from '../../src-shared/actions/catalog';
import { isMac } from '../bridge';
import { useEditor } from '../store/EditorContext';
import { Modal } from './Modal';

/** Every shortcut, read from the same catalog that builds the menus, so the sheet cannot go stale. */
export function ShortcutSheet() {
  const open = useEditor((state) => state.shortcutsOpen);
  const show = useEditor((state) => state.showShortcuts);
  if (!open) return null;
  const actions = (ACTIONS as readonly ActionSpec[]).filter((action) => action.accelerator);
  return (
    <Modal title="Keyboard shortcuts" onClose={() => show(false)}>
      <div className="shortcut-sections">
        {(Object.keys(MENU_LABELS) as MenuName[]).map((menu) => (
          <section key={menu}>
            <h3>{MENU_LABELS[menu]}</h3>
            <dl className="shortcut-list">
              {actions
                .filter((action) => action.menu === menu)
                .map((action) => (
                  <div key={action.id} className="shortcut-row">
                    <dt>{action.label}</dt>
                    <dd>
                      <kbd>{formatAccelerator(action.accelerator ?? '', isMac)}</kbd>
                    </dd>
                  </div>
                ))}
            </dl>
          </section>
        ))}
      </div>
    </Modal>
  );
}
