import { type KeyboardEvent, useMemo, useState } from 'react';
import { formatAccelerator } from '../../src-shared/actions/accelerator';
import { ACTIONS, type ActionSpec, MENU_LABELS } from '../../src-shared/actions/catalog';
import { isMac } from '../bridge';
import { useEditor } from '../store/EditorContext';

/** Every command by name, from the same catalog as the menus: type to filter, Enter to run. */
export function CommandPalette({ run }: { run(id: string): boolean }) {
  const open = useEditor((state) => state.paletteOpen);
  const show = useEditor((state) => state.showPalette);
  const showFlash = useEditor((state) => state.showFlash);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const matches = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return (ACTIONS as readonly ActionSpec[]).filter((action) => {
      const name = `${action.menu ? MENU_LABELS[action.menu] : ''} ${action.label}`.toLowerCase();
      return words.every((word) => name.includes(word));
    });
  }, [query]);
  if (!open) return null;

  const close = () => {
    show(false);
    setQuery('');
    setActive(0);
  };
  const choose = (action: ActionSpec | undefined) => {
    if (!action) return;
    close();
    // After the palette has closed, so the command acts on the editor, not on the palette.
    requestAnimationFrame(() => {
      if (!run(action.id)) showFlash(`${action.label} is not available now.`);
    });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const by = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + by + matches.length) % Math.max(1, matches.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(matches[active]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };

  return (
    <div className="palette-backdrop" role="presentation" onPointerDown={close}>
      <div
        className="palette"
        role="dialog"
        aria-modal="true"
        aria-label="Command palette"
        onPointerDown={(event) => event.stopPropagation()}
      >
        <input
          className="palette-input"
          // biome-ignore lint/a11y/noAutofocus: the palette exists to be typed into.
          autoFocus
          placeholder="Type a command…"
          aria-label="Command"
          role="combobox"
          aria-expanded="true"
          aria-controls="palette-list"
          aria-activedescendant={matches[active] ? `palette-${matches[active]?.id}` : undefined}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <div className="palette-list" id="palette-list" role="listbox" aria-label="Commands">
          {matches.map((action, index) => (
            // The input keeps focus and drives the list (the combobox pattern); options take clicks.
            // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled by the combobox input.
            <div
              key={action.id}
              id={`palette-${action.id}`}
              role="option"
              tabIndex={-1}
              aria-selected={index === active}
              className={`palette-option${index === active ? ' is-active' : ''}`}
              onMouseEnter={() => setActive(index)}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(action)}
            >
              <span className="palette-menu">{action.menu ? MENU_LABELS[action.menu] : ''}</span>
              <span className="palette-label">{action.label}</span>
              {action.accelerator ? <kbd>{formatAccelerator(action.accelerator, isMac)}</kbd> : null}
            </div>
          ))}
          {matches.length === 0 ? <p className="palette-empty">No command matches “{query}”.</p> : null}
        </div>
      </div>
    </div>
  );
}
