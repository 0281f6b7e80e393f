import { type FormEvent, useState } from 'react';
import { droppedMessage, keepWithin } from '../../src-shared/text/keepWithin';
import { useEditorStore } from '../store/EditorContext';

/**
 * Holds a field to a bound of the map format (`LIMITS`). While the text is too long, a note under the
 * field says how much will not be kept; on commit `keep` cuts it and says so in a passing message.
 */
export function useTextLimit(name: string, max: number) {
  const store = useEditorStore();
  const [over, setOver] = useState(0);
  return {
    over,
    note: <LimitNote over={over} max={max} />,
    onInput: (event: FormEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      setOver(Math.max(0, event.currentTarget.value.length - max)),
    keep(text: string): string {
      const kept = keepWithin(text, max);
      if (kept.dropped > 0) store.getState().showFlash(droppedMessage(name, max, kept.dropped));
      setOver(0);
      return kept.text;
    },
  };
}

/** "20,000 characters at most: the last 5,000 will not be kept." under a field holding too much. */
export function LimitNote({ over, max }: { over: number; max: number }) {
  if (over <= 0) return null;
  const n = (value: number) => value.toLocaleString('en-US');
  return (
    <p className="limit-note" role="alert">
      {n(max)} characters at most: the last {over === 1 ? 'one' : n(over)} will not be kept.
    </p>
  );
}
