import { ChevronDown, ChevronUp, X } from 'lucide-react';
import type { KeyboardEvent } from 'react';
import { NODE_KINDS, type NodeKind } from '../../src-shared/model/map';
import { findMatches } from '../actions/find';
import { KIND_LOOK } from '../canvas/nodes/kinds';
import { useEditor } from '../store/EditorContext';
import { IconButton } from './IconButton';

/** Find across text, speakers, roles, notes and tags, with a filter by kind: matches stand out, the rest fade. */
export function FindBar({ run }: { run(id: string): boolean }) {
  const find = useEditor((state) => state.find);
  const setFind = useEditor((state) => state.setFind);
  const total = useEditor((state) => findMatches(state).length);
  if (!find.open) return null;

  const toggleKind = (kind: NodeKind) => {
    const kinds = new Set(find.kinds);
    if (kinds.has(kind)) kinds.delete(kind);
    else kinds.add(kind);
    setFind({ kinds, current: -1 });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      run(event.shiftKey ? 'edit.findPrevious' : 'edit.findNext');
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setFind({ open: false });
    }
  };
  const searching = find.query.trim() !== '' || find.kinds.size > 0;
  let position = '';
  if (total === 0 && searching) position = 'No matches';
  else if (total > 0 && find.current < 0) position = total === 1 ? '1 match' : `${total} matches`;
  else if (total > 0) position = `${Math.min(find.current, total - 1) + 1} of ${total}`;

  return (
    <search className="find-bar" aria-label="Find in map">
      <input
        className="find-input"
        type="search"
        placeholder="Find in map"
        aria-label="Find in map"
        // biome-ignore lint/a11y/noAutofocus: Ctrl+F opens this field to type in.
        autoFocus
        value={find.query}
        onChange={(event) => setFind({ query: event.target.value, current: -1 })}
        onKeyDown={onKeyDown}
      />
      <span className="find-count" aria-live="polite">
        {position}
      </span>
      <IconButton
        icon={ChevronUp}
        label="Previous match"
        size={16}
        onClick={() => run('edit.findPrevious')}
      />
      <IconButton icon={ChevronDown} label="Next match" size={16} onClick={() => run('edit.findNext')} />
      <fieldset className="find-kinds">
        <legend className="visually-hidden">Only these kinds</legend>
        {NODE_KINDS.map((kind) => {
          const { label, icon: Icon } = KIND_LOOK[kind];
          return (
            <button
              key={kind}
              type="button"
              className={`kind-chip kind-chip--${kind}`}
              aria-pressed={find.kinds.has(kind)}
              title={`Only ${label.toLowerCase()}s`}
              onClick={() => toggleKind(kind)}
            >
              <Icon size={13} aria-hidden />
              {label}
            </button>
          );
        })}
      </fieldset>
      <IconButton icon={X} label="Close find" size={16} onClick={() => setFind({ open: false })} />
    </search>
  );
}
