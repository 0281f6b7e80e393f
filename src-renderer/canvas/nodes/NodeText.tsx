import { type KeyboardEvent, useEffect, useRef } from 'react';
import { FIELD_LIMITS } from '../../../src-shared/text/fieldLimits';
import { revealBidiControls } from '../../../src-shared/text/revealBidiControls';
import { useTextLimit } from '../../chrome/useTextLimit';

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
  const held = useTextLimit(FIELD_LIMITS.nodeText.name, FIELD_LIMITS.nodeText.max);

  const finish = (element: HTMLTextAreaElement) => {
    onCommit(held.keep(element.value));
    onDone();
  };
  // Keys held for the field (below) may finish the edit: they reach the current props through this.
  const finishNow = useRef(() => {});
  useEffect(() => {
    finishNow.current = () => field.current && finish(field.current);
  });

  useEffect(() => {
    const element = field.current;
    if (!editing || !element) return;
    fitHeight(element);
    // React Flow keeps a new node hidden until it has measured it, and hidden fields refuse focus:
    // keep trying for a few frames, until the node is shown. Keys typed meanwhile belong to the field.
    let frame = 0;
    let tries = 0;
    const stopHolding = holdKeysFor(element, () => finishNow.current());
    const focus = () => {
      element.focus({ preventScroll: true });
      if (document.activeElement === element) {
        stopHolding();
        element.setSelectionRange(element.value.length, element.value.length);
      } else if (tries++ < 30) frame = requestAnimationFrame(focus);
      else stopHolding();
    };
    focus();
    return () => {
      cancelAnimationFrame(frame);
      stopHolding();
    };
  }, [editing]);

  if (!editing) {
    return text ? (
      <p className="node-text">{revealBidiControls(text)}</p>
    ) : (
      <p className="node-text node-text--empty">{placeholder}</p>
    );
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    event.stopPropagation();
    if ((event.key === 'Enter' && !event.shiftKey) || event.key === 'Escape') {
      event.preventDefault();
      finish(event.currentTarget);
    }
  };
  // The note goes above the field: a text long enough to earn it runs far below the card's top.
  return (
    <>
      {held.note}
      <textarea
        ref={field}
        className="node-text node-text--editing nodrag nowheel nopan"
        defaultValue={text}
        placeholder={placeholder}
        aria-label="Node text"
        rows={1}
        onInput={(event) => {
          fitHeight(event.currentTarget);
          held.onInput(event);
        }}
        onKeyDown={onKeyDown}
        onBlur={(event) => finish(event.currentTarget)}
      />
    </>
  );
}

/** Grows the field with its text, so editing looks like the node it edits. */
function fitHeight(element: HTMLTextAreaElement) {
  element.style.height = 'auto';
  element.style.height = `${element.scrollHeight}px`;
}

/**
 * Until the field can take focus, keys typed into the page are written into it instead of being lost or run as
 * shortcuts: pressing P and typing at once must not drop the first letter. Returns the function that stops it.
 */
function holdKeysFor(element: HTMLTextAreaElement, finish: () => void): () => void {
  const hold = (event: globalThis.KeyboardEvent) => {
    if (document.activeElement === element || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.isComposing) return;
    if (event.key === 'Enter' && event.shiftKey) element.value += '\n';
    else if (event.key === 'Enter' || event.key === 'Escape') finish();
    else if (event.key === 'Backspace') element.value = element.value.slice(0, -1);
    else if (isOneCharacter(event.key)) element.value += event.key;
    else return;
    event.preventDefault();
    event.stopImmediatePropagation();
    fitHeight(element);
  };
  window.addEventListener('keydown', hold, true);
  return () => window.removeEventListener('keydown', hold, true);
}

/** A printable key names its character; an astral one (an emoji) is two UTF-16 units but one code point. */
const isOneCharacter = (key: string) => [...key].length === 1;
