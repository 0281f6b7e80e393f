import { useReactFlow } from '@xyflow/react';
import { X } from 'lucide-react';
import { type DragEvent, type KeyboardEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { nodeDescriptions } from '../../src-shared/a11y/names';
import { setCollapsed } from '../../src-shared/ops/foldOps';
import { setNodeText } from '../../src-shared/ops/nodeOps';
import { indentReason, outdentReason, reorderReason } from '../../src-shared/ops/outlineOps';
import { type OutlineRow, outlineRows } from '../../src-shared/outline/outlineRows';
import { revealNode } from '../actions/reveal';
import { focusOn } from '../focus/focusActions';
import { commitAndCloseUp } from '../fold/closeUp';
import { useEditor, useEditorStore } from '../store/EditorContext';
import { type DropSide, OutlineItem } from './OutlineItem';
import { type OutlineIntent, outlineIntent } from './outlineKeys';

/**
 * The argument as an indented outline beside the canvas: an ARIA tree (arrows, Home/End, Enter to edit,
 * Tab/Shift+Tab to move a reason under its previous sibling or up a level, Alt+↑/↓ or dragging to reorder).
 * Its selection is the canvas's: picking a row selects and shows its card; selecting a card marks its row.
 */
export function OutlinePanel({ run }: { run: (id: string) => void }) {
  const editor = useEditorStore();
  const flow = useReactFlow();
  const scope = useMemo(() => ({ editor, flow }), [editor, flow]);
  const map = useEditor((state) => state.map);
  const selectedIds = useEditor((state) => state.selectedIds);
  const rows = useMemo(() => outlineRows(map), [map]);
  const indexOf = useMemo(() => new Map(rows.map((row, i) => [row.node.id, i])), [rows]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [dragId, setDragId] = useState<string | null>(null);
  const [drop, setDrop] = useState<{ id: string; side: DropSide } | null>(null);
  const tree = useRef<HTMLDivElement>(null);

  // The canvas's selection moves the active row along (without taking the keyboard from the canvas).
  useEffect(() => {
    const [only] = selectedIds;
    if (selectedIds.size !== 1 || only === undefined || !indexOf.has(only)) return;
    setActiveId(only);
    scrollToRow(tree.current, only);
  }, [selectedIds, indexOf]);

  const active = activeId !== null && indexOf.has(activeId) ? activeId : (rows[0]?.node.id ?? null);

  const show = useCallback(
    (id: string, moveFocus: boolean) => {
      setActiveId(id);
      const state = editor.getState();
      if (
        state.focus &&
        id !== state.focus.claimId &&
        !state.map.edges.some((e) => e.from === id && e.to === state.focus?.claimId)
      )
        focusOn(scope, row(state.map, id));
      state.select([id]);
      const node = state.map.nodes.find((candidate) => candidate.id === id);
      if (node && !state.focus) revealNode(scope, node);
      if (moveFocus)
        requestAnimationFrame(() => {
          scrollToRow(tree.current, id);
          tree.current
            ?.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`)
            ?.focus({ preventScroll: true });
        });
    },
    [editor, scope],
  );

  const perform = (intent: OutlineIntent) => {
    const { map: current } = editor.getState();
    switch (intent.type) {
      case 'activate':
        return show(intent.id, true);
      case 'fold':
        return void commitAndCloseUp(
          scope,
          setCollapsed(current, { ids: [intent.id], collapsed: intent.collapsed }),
        );
      case 'edit':
        return setEditingId(intent.id);
      case 'indent':
        return void commitAndCloseUp(scope, indentReason(current, { id: intent.id }));
      case 'outdent':
        return void commitAndCloseUp(scope, outdentReason(current, { id: intent.id }));
      case 'reorder': {
        const at = rows[indexOf.get(intent.id) ?? -1];
        if (!at?.parent) return;
        return void commitAndCloseUp(
          scope,
          reorderReason(current, { id: intent.id, index: at.position - 1 + intent.by }),
        );
      }
      case 'leave':
        return (document.querySelector('.react-flow') as HTMLElement | null)?.focus();
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (editingId || active === null) return;
    const intent = outlineIntent(rows, indexOf.get(active) ?? 0, event);
    if (!intent) return;
    event.preventDefault();
    event.stopPropagation();
    perform(intent);
  };

  const onCommit = useCallback(
    (id: string, text: string | null) => {
      setEditingId(null);
      if (text !== null) editor.getState().commit(setNodeText(editor.getState().map, { id, text }));
      requestAnimationFrame(() =>
        tree.current
          ?.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`)
          ?.focus({ preventScroll: true }),
      );
    },
    [editor],
  );
  const onToggle = useCallback(
    (id: string, expanded: boolean) =>
      void commitAndCloseUp(scope, setCollapsed(editor.getState().map, { ids: [id], collapsed: expanded })),
    [editor, scope],
  );
  const onPick = useCallback((id: string) => show(id, false), [show]);

  // Dragging reorders siblings: a row dropped on the upper half of a sibling goes before it, else after.
  const onDragOver = useCallback(
    (row: OutlineRow, event: DragEvent<HTMLDivElement>) => {
      const dragged = dragId ? rows[indexOf.get(dragId) ?? -1] : undefined;
      if (!dragged || row.parent !== dragged.parent || row.node.id === dragged.node.id) return;
      event.preventDefault();
      const box = event.currentTarget.getBoundingClientRect();
      const side: DropSide = event.clientY < box.top + box.height / 2 ? 'before' : 'after';
      setDrop((previous) =>
        previous?.id === row.node.id && previous.side === side ? previous : { id: row.node.id, side },
      );
    },
    [dragId, rows, indexOf],
  );
  const onDrop = useCallback(
    (row: OutlineRow) => {
      const dragged = dragId ? rows[indexOf.get(dragId) ?? -1] : undefined;
      const side = drop?.id === row.node.id ? drop.side : 'before';
      setDragId(null);
      setDrop(null);
      if (!dragged || row.parent !== dragged.parent || row.node.id === dragged.node.id) return;
      const from = dragged.position - 1;
      const target = row.position - 1 - (from < row.position - 1 ? 1 : 0) + (side === 'after' ? 1 : 0);
      void commitAndCloseUp(
        scope,
        reorderReason(editor.getState().map, { id: dragged.node.id, index: target }),
      );
    },
    [dragId, drop, rows, indexOf, editor, scope],
  );

  return (
    <aside className="side-panel outline-panel" aria-label="Outline">
      <header className="side-panel-header outline-header">
        <h2>Outline</h2>
        <button
          type="button"
          className="outline-close"
          aria-label="Close the outline"
          onClick={() => run('view.toggleOutline')}
        >
          <X size={16} aria-hidden />
        </button>
      </header>
      <div
        ref={tree}
        role="tree"
        aria-label="The argument, claim by claim"
        className="outline-tree"
        onKeyDown={onKeyDown}
        onDragEnd={() => {
          setDragId(null);
          setDrop(null);
        }}
      >
        {rows.map((row) => (
          <OutlineItem
            key={row.node.id}
            row={row}
            active={row.node.id === active}
            selected={selectedIds.has(row.node.id)}
            editing={row.node.id === editingId}
            drop={drop?.id === row.node.id ? drop.side : null}
            description={nodeDescriptions(map).get(row.node.id)}
            onPick={onPick}
            onToggle={onToggle}
            onCommit={onCommit}
            onDragStart={setDragId}
            onDragOver={onDragOver}
            onDrop={onDrop}
          />
        ))}
      </div>
      <p className="outline-hint">
        Tab moves a reason under the one before it; Shift+Tab moves it up a level.
      </p>
    </aside>
  );
}

/** In focus, picking a row shows the claim the row's node bears on (where it is among the reasons), or the node itself at the top. */
function row(map: { edges: readonly { from: string; to: string }[] }, id: string): string {
  return map.edges.find((edge) => edge.from === id)?.to ?? id;
}

/** Scrolls the tree (and nothing around it: scrollIntoView would scroll the window too) to show a row. */
function scrollToRow(tree: HTMLElement | null, id: string) {
  const item = tree?.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`);
  if (!tree || !item) return;
  const top = item.offsetTop;
  if (top < tree.scrollTop) tree.scrollTop = top;
  else if (top + item.offsetHeight > tree.scrollTop + tree.clientHeight)
    tree.scrollTop = top + item.offsetHeight - tree.clientHeight;
}
