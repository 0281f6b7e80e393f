import { useEffect, useRef } from 'react';
import { NODE_KINDS, type NodeKind } from '../../src-shared/model/map';
import { KIND_LOOK } from '../canvas/nodes/kinds';
import { useEditor } from '../store/EditorContext';

/** Asks which kind of node to add where the user double-clicked or let go of a link: a key or a click picks. */
export function KindChooser({ onChoose }: { onChoose(kind: NodeKind): void }) {
  const chooser = useEditor((state) => state.chooser);
  const close = useEditor((state) => state.openChooser);
  const menu = useRef<HTMLDivElement>(null);
  // A new reason cannot be a thesis; a new claim above a reason can be any kind but a quote or a note.
  const kinds = NODE_KINDS.filter((kind) =>
    chooser?.link?.newNodeIs === 'reason' ? kind !== 'thesis' : true,
  );

  useEffect(() => {
    if (!chooser) return;
    menu.current?.querySelector('button')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node)) close(null);
    };
    window.addEventListener('pointerdown', onPointerDown);
    return () => window.removeEventListener('pointerdown', onPointerDown);
  }, [chooser, close]);

  if (!chooser) return null;
  return (
    <div
      ref={menu}
      className="context-menu kind-chooser"
      role="menu"
      aria-label="Add a node"
      style={{
        left: Math.min(chooser.screen.x, window.innerWidth - 220),
        top: Math.min(chooser.screen.y, window.innerHeight - 260),
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') close(null);
        const picked = kinds[Number(event.key) - 1];
        if (picked) onChoose(picked);
      }}
    >
      {kinds.map((kind, index) => {
        const { label, icon: Icon } = KIND_LOOK[kind];
        return (
          <button
            key={kind}
            type="button"
            role="menuitem"
            className={`context-menu-item kind-item--${kind}`}
            onClick={() => onChoose(kind)}
          >
            <span className="kind-item-label">
              <Icon size={15} aria-hidden />
              {label}
            </span>
            <kbd>{index + 1}</kbd>
          </button>
        );
      })}
    </div>
  );
}
