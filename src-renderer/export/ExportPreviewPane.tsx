import type { ExportOptions } from '../../src-shared/export/exportOptions';
import { bodyTextSizes, PROJECTED_READABLE_PX, SLIDE } from '../../src-shared/export/textSize';
import { describeFolding } from '../../src-shared/fold/folding';
import type { ExportPreview } from '../../src-shared/ipc/contract';
import { useEditor } from '../store/EditorContext';

const PAPER_NAMES = { fit: 'page', a4: 'A4 page', letter: 'Letter page' } as const;

const count = (n: number) => n.toLocaleString('en-US');

/** What the file will be, in a line: "PNG · 4,800 × 2,700 px · 192 dpi". */
function summary(preview: Extract<ExportPreview, { status: 'ready' }>, options: ExportOptions): string {
  const size = `${count(preview.width)} × ${count(preview.height)} px`;
  if (options.format === 'png') return `PNG · ${size} · ${Math.round(96 * options.scale)} dpi`;
  if (options.format === 'svg') return `SVG · ${size} · vector, text as text`;
  if (options.format === 'html')
    return 'Web page · the whole map, its tour and a viewer in one file, offline';
  const pages = `${preview.pages} ${PAPER_NAMES[options.paper]}${preview.pages === 1 ? '' : 's'}`;
  return `PDF · ${pages} · vector, selectable text`;
}

const px = (n: number) => `${n < 10 ? n.toFixed(1) : Math.round(n)} px`;

/** How large body text comes out, in the file and on a slide, and what to do when it is too small. */
function textSize(preview: Extract<ExportPreview, { status: 'ready' }>, options: ExportOptions): string {
  const perMapPx = options.format === 'png' ? options.scale : 1;
  const mapSize = { width: preview.width / perMapPx, height: preview.height / perMapPx };
  const { inFile, onSlide } = bodyTextSizes(mapSize, perMapPx);
  const file = options.format === 'pdf' ? `${((inFile * 3) / 4).toFixed(1)} pt` : px(inFile);
  const slide = `${px(onSlide)} on a ${SLIDE.width} × ${SLIDE.height} slide`;
  const advice =
    onSlide < PROJECTED_READABLE_PX
      ? options.subject.kind === 'map' && !options.fitSlide
        ? ': too small to read projected; choose Fit to a slide, export a tour step or fold branches'
        : ': too small to read projected; export a tour step or fold branches'
      : '';
  return `Body text ${file} · ${slide}${advice}`;
}

/** The export as it will look, drawn small by main's engine, with what the file will be beneath it. */
export function ExportPreviewPane(props: {
  preview: ExportPreview | null;
  pending: boolean;
  options: ExportOptions;
}) {
  const { preview, pending, options } = props;
  const ready = preview?.status === 'ready' ? preview : null;
  const folded = useEditor((state) => describeFolding(state.map));
  return (
    <div className="export-preview-column">
      <div
        className={`export-preview${options.background === 'transparent' ? ' export-preview--transparent' : ''}`}
        aria-busy={pending}
      >
        {ready ? (
          <img src={`data:image/png;base64,${ready.image}`} alt="Preview of the export" />
        ) : (
          <span className="export-preview-empty">{pending ? 'Drawing the preview…' : ''}</span>
        )}
      </div>
      <p className="export-summary" aria-live="polite">
        {ready ? summary(ready, options) : ''}
      </p>
      {folded && options.subject.kind === 'map' && options.format !== 'html' ? (
        <p className="export-summary export-folded">{folded}: View → Expand All shows them.</p>
      ) : null}
      <p className="export-text-size" aria-live="polite">
        {ready && options.format !== 'html' ? textSize(ready, options) : ''}
      </p>
      {preview?.status === 'failed' || ready?.problem ? (
        <p className="warning-box" role="alert">
          {preview?.status === 'failed' ? preview.message : ready?.problem}
        </p>
      ) : null}
    </div>
  );
}
