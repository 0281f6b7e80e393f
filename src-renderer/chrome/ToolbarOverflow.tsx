import { Ellipsis, type LucideIcon } from 'lucide-react';
import { Fragment, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { formatAccelerator } from '../../src-shared/actions/accelerator';
import { type ActionId, actionSpec } from '../../src-shared/actions/catalog';
import { useActions } from '../actions/ActionsContext';
import { isMac } from '../bridge';
import { IconButton } from './IconButton';

type Group = ReadonlyArray<readonly [ActionId, LucideIcon]>;

const menuItems = (root: HTMLElement | null) => [
  ...(root?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? []),
];

/** The toolbar's groups that do not fit the window, as a menu behind one button. */
export function ToolbarOverflow({
  groups,
  enabled,
}: {
  groups: readonly Group[];
  enabled: ReadonlySet<ActionId>;
}) {
  const { run } = useActions();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const items = () => menuItems(root.current);

  useEffect(() => {
    if (!open) return;
    menuItems(root.current)
      .find((item) => !item.disabled)
      ?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', onPointerDown);
    return () => window.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = () => {
    setOpen(false);
    root.current?.querySelector<HTMLButtonElement>('.toolbar-button')?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const all = items().filter((item) => !item.disabled);
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') close();
    else if (event.key === 'ArrowDown') all[(at + 1) % all.length]?.focus();
    else if (event.key === 'ArrowUp') all[(at - 1 + all.length) % all.length]?.focus();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div className="toolbar-overflow" ref={root}>
      <IconButton
        icon={Ellipsis}
        label="More tools"
        size={18}
        expanded={open}
        hasPopup="menu"
        onClick={() => setOpen(!open)}
      />
      {open ? (
        <div className="context-menu toolbar-menu" role="menu" aria-label="More tools" onKeyDown={onKeyDown}>
          {groups.map((group, index) => (
            <Fragment key={group[0]?.[0]}>
              {index > 0 ? <hr className="toolbar-menu-separator" /> : null}
              {group.map(([id, Icon]) => {
                const spec = actionSpec(id);
                return (
                  <button
                    key={id}
                    type="button"
                    role="menuitem"
                    className="context-menu-item"
                    disabled={!enabled.has(id)}
                    onClick={() => {
                      close();
                      run(id);
                    }}
                  >
                    <span className="kind-item-label">
                      <Icon size={15} aria-hidden />
                      {spec?.label ?? id}
                    </span>
                    {spec?.accelerator ? <kbd>{formatAccelerator(spec.accelerator, isMac)}</kbd> : null}
                  </button>
                );
              })}
            </Fragment>
          ))}
        </div>
      ) : null}
    </div>
  );
}
