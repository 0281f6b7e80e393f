import { useEffect, useState } from 'react';
import { useEditor } from '../store/EditorContext';

/** Exports quicker than this finish without a progress bar flashing up. */
const SHOW_AFTER_MS = 500;

/** The progress of an export main is drawing, shown once it takes a while, with a way to stop it. */
export function ExportProgress({ onCancel }: { onCancel(): void }) {
  const job = useEditor((state) => state.exportJob);
  const running = job !== null;
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!running) {
      setShown(false);
      return;
    }
    const timer = setTimeout(() => setShown(true), SHOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, [running]);
  if (!job || !shown) return null;
  const share = job.total > 0 ? job.done / job.total : 0;
  return (
    <div className="export-progress" role="status" aria-label="Export progress">
      <span>Exporting… {Math.round(share * 100)}%</span>
      <progress max={1} value={share} />
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
