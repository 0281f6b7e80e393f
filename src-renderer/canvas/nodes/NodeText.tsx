import { type KeyboardEvent, useEffect, useRef } from 'react';

interface NodeTextProps {
  text: string;
  editing: boolean;
  placeholder: string;
  onCommit(text: string): void;
  onDone(): void;
}

/** A node's text, or while editing a textarea in its place. Enter commits, Shift+Enter breaks the line, Esc ends. */
export function NodeText({ text, editing, placeholder, onCommit, onDone }: NodeTextProps) {
  const field = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    const element = field.current;
    if (!editing || !element) return;
    fitHeight(element);
    // React Flow keeps a new node hidden until it has measured it, and hidden fields refuse focus:
    // keep trying for a few frames, until the node is shown.
    let frame = 0;
    let tries = 0;
    const focus = () => {
      element.focus({ preventScroll: true });
      if (document.activeElement === element)
        element.setSelectionRange(element.value.length, element.value.length);
      else if (tries++ < 30) frame = requestAnimationFrame(focus);
    };
    focus();
    return () => cancelAnimationFrame(frame);
  }, [editing]);

  if (!editing) {
    return text ? (
      <p className="node-text">{text}</p>
    ) : (
      <p className="node-text node-text--empty">{placeholder}</p>
    );
  }

  const finish = (element: HTMLTextAreaElement) => {
    onCommit(element.value);
    onDone();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    event.stopPropagation();
    if ((event.key === 'Enter' && !event.shiftKey) || event.key === 'Escape') {
      event.preventDefault();
      finish(event.currentTarget);
    }
  };
  return (
    <textarea
      ref={field}
      className="node-text node-text--editing nodrag nowheel nopan"
      defaultValue={text}
      placeholder={placeholder}
      aria-label="Node text"
      rows={1}
      onInput={(event) => fitHeight(event.currentTarget)}
      onKeyDown={onKeyDown}
      onBlur={(event) => finish(event.currentTarget)}
    />
  );
}

/** Grows the field with its text, so editing looks like the node it edits. */
function fitHeight(element: HTMLTextAreaElement) {
  element.style.height = 'auto';
  element.style.height = `${element.scrollHeight}px`;
}
