import { type KeyboardEvent, useId, useRef } from 'react';
import { useTextLimit } from './useTextLimit';

interface FieldProps {
  label: string;
  value: string;
  hint?: string;
  multiline?: boolean;
  /** The bound of the map format on this field: longer text is cut on commit, and the user told. */
  limit: { name: string; max: number };
  onCommit(value: string): void;
}

/**
 * A labelled text field that commits when left (or on Enter for one line), so a whole edit is one step of
 * undo. It is keyed by its value: a change from elsewhere (undo) shows at once. Enter keeps focus in the
 * field (drawn anew with the kept value), so a keyboard user is not dropped on the page's body.
 */
export function Field({ label, value, hint, multiline = false, limit, onCommit }: FieldProps) {
  const id = useId();
  const held = useTextLimit(limit.name, limit.max);
  const refocus = useRef(false);
  const takeFocus = (element: HTMLInputElement | HTMLTextAreaElement | null) => {
    if (!element || !refocus.current) return;
    refocus.current = false;
    element.focus();
  };
  const commit = (typed: string) => {
    const next = held.keep(typed);
    if (next !== value) onCommit(next);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (!multiline || event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      refocus.current = true;
      commit(event.currentTarget.value);
    }
    if (event.key === 'Escape') {
      event.currentTarget.value = value;
      held.onInput(event);
      event.currentTarget.blur();
    }
  };
  const props = {
    id,
    defaultValue: value,
    onBlur: (event: { currentTarget: { value: string } }) => commit(event.currentTarget.value),
    onKeyDown,
    onInput: held.onInput,
    ref: takeFocus,
    ...(hint ? { 'aria-description': hint, placeholder: hint } : {}),
  };
  return (
    <>
      <label className="inspector-label" htmlFor={id}>
        {label}
      </label>
      {multiline ? <textarea key={value} rows={3} {...props} /> : <input key={value} {...props} />}
      {held.note}
    </>
  );
}
