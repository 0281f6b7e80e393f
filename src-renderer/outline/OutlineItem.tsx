import { ChevronDown, ChevronRight } from 'lucide-react';
import { type DragEvent, memo, useEffect, useRef } from 'react';
import { LIMITS } from '../../src-shared/model/limits';
import type { OutlineRow } from '../../src-shared/outline/outlineRows';
import { KIND_LOOK } from '../canvas/nodes/kinds';

export type DropSide = 'before' | 'after';

interface OutlineItemProps {
  row: OutlineRow;
  active: boolean;
  selected: boolean;
  editing: boolean;
  drop: DropSide | null;
  /** What the node bears on, as its card describes it ("supports: …"). */
  description?: string | undefined;
  onPick(id: string): void;
  onToggle(id: string, collapsed: boolean): void;
  onCommit(id: string, text: string | null): void;
  onDragStart(id: string): void;
  onDragOver(row: OutlineRow, event: DragEvent<HTMLDivElement>): void;
  onDrop(row: OutlineRow): void;
}

/** One node of the outline: a treeitem with its kind, its text and, for a quote, its speaker. */
export const OutlineItem = memo(function OutlineItem(props: OutlineItemProps) {
  const { row, active, selected, editing, drop } = props;
  const { node } = row;
  const { label, icon: Icon } = KIND_LOOK[node.kind];
  const speaker = node.kind === 'quote' ? node.quote?.speaker || 'Unknown speaker' : null;
  const text = node.text || `(empty ${label.toLowerCase()})`;
  const description = props.description;
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the tree takes the keys of its active item (roving tabindex)
    <div
      role="treeitem"
      id={`outline-${node.id}`}
      data-id={node.id}
      aria-level={row.level}
      aria-posinset={row.position}
      aria-setsize={row.siblings}
      aria-expanded={row.hasReasons ? row.expanded : undefined}
      aria-selected={selected}
      // The same description as the node's card on the canvas.
      aria-description={description}
      tabIndex={active ? 0 : -1}
      className={`outline-item outline-item--${node.kind}${drop ? ` is-drop-${drop}` : ''}`}
      style={{ paddingLeft: 6 + (row.level - 1) * 16 }}
      draggable={!editing && row.parent !== null}
      onClick={() => props.onPick(node.id)}
      onDragStart={(event) => {
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', node.text);
        props.onDragStart(node.id);
      }}
      onDragOver={(event) => props.onDragOver(row, event)}
      onDrop={(event) => {
        event.preventDefault();
        props.onDrop(row);
      }}
    >
      {row.hasReasons ? (
        <span
          className="outline-toggle"
          aria-hidden
          onClick={(event) => {
            event.stopPropagation();
            props.onToggle(node.id, row.expanded);
          }}
        >
          {row.expanded ? <ChevronDown size={14} /> : <ChevronRight size={14} />}
        </span>
      ) : (
        <span className="outline-toggle" aria-hidden />
      )}
      <Icon className="outline-kind" size={14} strokeWidth={2.25} aria-hidden />
      {editing ? (
        <OutlineEditor text={node.text} onDone={(value) => props.onCommit(node.id, value)} />
      ) : (
        <span className={`outline-text${node.text ? '' : ' is-empty'}`}>
          {/* Its name is what it shows, preceded by its kind (the icon says it to the eye). */}
          <span className="visually-hidden">{label}: </span>
          {text}
          {speaker ? <span className="outline-speaker"> — {speaker}</span> : null}
        </span>
      )}
    </div>
  );
});

/** Inline editing: Enter keeps the text, Shift+Enter breaks the line, Esc leaves it as it was. */
function OutlineEditor({ text, onDone }: { text: string; onDone(text: string | null): void }) {
  const field = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);
  const finish = (value: string | null) => {
    if (done.current) return;
    done.current = true;
    onDone(value);
  };
  useEffect(() => {
    const element = field.current;
    element?.focus();
    element?.setSelectionRange(element.value.length, element.value.length);
  }, []);
  return (
    <textarea
      ref={field}
      className="outline-editor"
      aria-label="Text"
      defaultValue={text}
      maxLength={LIMITS.nodeText}
      rows={Math.min(6, Math.max(1, Math.ceil(text.length / 34)))}
      onClick={(event) => event.stopPropagation()}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter' && !event.shiftKey) {
          event.preventDefault();
          finish(event.currentTarget.value);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          finish(null);
        }
      }}
      onBlur={(event) => finish(event.currentTarget.value)}
    />
  );
}
