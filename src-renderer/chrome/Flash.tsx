import { useEffect, useState } from 'react';
import { useEditor } from '../store/EditorContext';

const SHOWN_FOR_MS = 2600;

/** A short message at the foot of the canvas (a refused link, a copy): read out by screen readers, then gone. */
export function Flash() {
  const flash = useEditor((state) => state.flash);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    if (!flash) return;
    setVisible(true);
    const timer = setTimeout(() => setVisible(false), SHOWN_FOR_MS);
    return () => clearTimeout(timer);
  }, [flash]);
  return (
    <div
      className={`flash${visible ? ' is-visible' : ''}`}
      role="status"
      aria-live="polite"
      aria-label="Messages"
    >
      {visible ? flash?.message : ''}
    </div>
  );
}
