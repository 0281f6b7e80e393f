import { useEffect, useState } from 'react';
import type { ArgmapApi } from '../../src-shared/ipc/api';

/** Imports quicker than this finish without a progress bar flashing up. */
const SHOW_AFTER_MS = 500;

/** The progress of an article main is importing (pages of a PDF), once it takes a while, with Cancel. */
export function ImportProgress({ argmap }: { argmap: ArgmapApi }) {
  const [job, setJob] = useState<{ done: number; total: number } | null>(null);
  const [shown, setShown] = useState(false);
  useEffect(
    () =>
      argmap.on('import:progress', (progress) => setJob(progress.done >= progress.total ? null : progress)),
    [argmap],
  );
  const running = job !== null;
  useEffect(() => {
    if (!running) {
      setShown(false);
      return;
    }
    const timer = setTimeout(() => setShown(true), SHOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, [running]);
  if (!job || !shown) return null;
  return (
    <div className="export-progress" role="status" aria-label="Import progress">
      <span>
        Importing… page {job.done} of {job.total}
      </span>
      <progress max={job.total} value={job.done} />
      <button type="button" className="button" onClick={() => void argmap.import.cancel()}>
        Cancel
      </button>
    </div>
  );
}
