import { formatAccelerator } from '../../src-shared/actions/accelerator';
import { ACTIONS, type ActionSpec, MENU_LABELS, type MenuName } from '../../src-shared/actions/catalog';
import { presenterHelp } from '../../src-shared/present/presenterState';
import { isMac } from '../bridge';
import { useEditor } from '../store/EditorContext';
import { Modal } from './Modal';

/**
 * Every shortcut, read from the same catalog that builds the menus (and, for presenting, from the list
 * the presentation reads its keys from), so the sheet cannot go stale. Only the list scrolls: it opens
 * at its top, with the Close button in view.
 */
export function ShortcutSheet() {
  const open = useEditor((state) => state.shortcutsOpen);
  const show = useEditor((state) => state.showShortcuts);
  if (!open) return null;
  const actions = (ACTIONS as readonly ActionSpec[]).filter((action) => action.accelerator);
  return (
    <Modal title="Keyboard shortcuts" className="shortcut-sheet" onClose={() => show(false)}>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling list must take focus to scroll by keys (axe: scrollable-region-focusable). */}
      <section className="shortcut-sections" aria-label="Shortcuts by menu" tabIndex={0}>
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
        <section>
          <h3>While presenting</h3>
          <dl className="shortcut-list">
            {presenterHelp.map((entry) => (
              <div key={entry.does} className="shortcut-row">
                <dt>{entry.does}</dt>
                <dd>
                  {entry.keys.map((key) => (
                    <kbd key={key}>{key}</kbd>
                  ))}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      </section>
    </Modal>
  );
}
