import { useEffect, useState } from 'react';
import type { ArgmapApi } from '../../src-shared/ipc/api';
import type { TextExportPreview as Preview, TextExportFormat } from '../../src-shared/ipc/contract';

/** The start of a text export (Argdown, AIF, Markdown, JSON Canvas), what it holds and what it leaves out. */
export function TextExportPreview(props: { argmap: ArgmapApi; text: string; format: TextExportFormat }) {
  const { argmap, text, format } = props;
  const [preview, setPreview] = useState<Preview | null>(null);
  useEffect(() => {
    let current = true;
    setPreview(null);
    argmap.export
      .textPreview({ text, format })
      .then((answer) => current && setPreview(answer))
      .catch((error: unknown) => current && setPreview({ status: 'failed', message: String(error) }));
    return () => {
      current = false;
    };
  }, [argmap, text, format]);
  const ready = preview?.status === 'ready' ? preview : null;
  return (
    <div className="export-preview-column">
      <section
        className="export-preview export-text-preview"
        aria-busy={preview === null}
        aria-label="Preview of the export"
      >
        <pre>{ready ? `${ready.head}\n…` : preview === null ? 'Writing the preview…' : ''}</pre>
      </section>
      <p className="export-summary" aria-live="polite">
        {ready?.summary ?? ''}
      </p>
      {ready ? <p className="export-limits">{ready.limits}</p> : null}
      {preview?.status === 'failed' ? (
        <p className="warning-box" role="alert">
          {preview.message}
        </p>
      ) : null}
    </div>
  );
}
