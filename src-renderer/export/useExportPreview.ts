import { useEffect, useState } from 'react';
import type { ExportOptions } from '../../src-shared/export/exportOptions';
import type { ArgmapApi } from '../../src-shared/ipc/api';
import type { ExportPreview } from '../../src-shared/ipc/contract';

/** Options settle for this long before main draws a new preview, so dragging the scale stays smooth. */
const SETTLE_MS = 120;

/**
 * The preview main draws for the options: the latest answer for the latest options (an answer that
 * arrives after newer options were chosen is dropped), and whether a newer one is on its way.
 */
export function useExportPreview(
  argmap: ArgmapApi,
  text: string,
  options: ExportOptions,
): { preview: ExportPreview | null; pending: boolean } {
  const [preview, setPreview] = useState<ExportPreview | null>(null);
  const [pending, setPending] = useState(true);
  useEffect(() => {
    let current = true;
    setPending(true);
    const timer = setTimeout(() => {
      argmap.export
        .preview({ text, options })
        .then((answer) => {
          if (!current) return;
          setPreview(answer);
          setPending(false);
        })
        .catch((error: unknown) => {
          if (!current) return;
          setPreview({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
          setPending(false);
        });
    }, SETTLE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [argmap, text, options]);
  return { preview, pending };
}
