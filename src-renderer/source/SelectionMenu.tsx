import { useEffect, useRef } from 'react';
import { formatAccelerator } from '../../src-shared/actions/accelerator';
import { type ActionId, actionSpec } from '../../src-shared/actions/catalog';
import { isMac } from '../bridge';

export const FROM_SELECTION: ReadonlyArray<{ id: ActionId; label: string }> = [
  { id: 'node.addPremise', label: 'New premise from selection' },
  { id: 'node.addCounterpoint', label: 'New counterpoint from selection' },
  { id: 'node.addQuote', label: 'New quote from selection' },
];

const MENU_SIZE = { width: 300, height: 130 };

interface SelectionMenuProps {
  at: { x: number; y: number };
  run(id: ActionId): void;
  onClose(): void;
}

/** The context menu of selected source text: turn the passage into a node of the map. */
export function SelectionMenu({ at, run, onClose }: SelectionMenuProps) {
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    menu.current?.querySelector<HTMLButtonElement>('button')?.focus();
    const close = (event: Event) => {
      if (
        event instanceof KeyboardEvent
          ? event.key === 'Escape'
          : !menu.current?.contains(event.target as Node)
      )
        onClose();
    };
    window.addEventListener('pointerdown', close);
    window.addEventListener('keydown', close);
    return () => {
      window.removeEventListener('pointerdown', close);
      window.removeEventListener('keydown', close);
    };
  }, [onClose]);
  return (
    <div
      ref={menu}
      className="context-menu"
      role="menu"
      // Open towards the inside of the window, so no item is cut off at its edge.
      style={{
        left: Math.min(at.x, window.innerWidth - MENU_SIZE.width),
        top: Math.min(at.y, window.innerHeight - MENU_SIZE.height),
      }}
    >
      {FROM_SELECTION.map(({ id, label }) => (
        <button
          key={id}
          type="button"
          role="menuitem"
          className="context-menu-item"
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            onClose();
            run(id);
          }}
        >
          <span>{label}</span>
          <kbd>{formatAccelerator(actionSpec(id)?.accelerator ?? '', isMac)}</kbd>
        </button>
      ))}
    </div>
  );
}
