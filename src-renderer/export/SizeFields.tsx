import { useId, useState } from 'react';
import { MAX_PDF_PAGES } from '../../src-shared/export/pdfSheets';
import { MAX_PNG_SCALE, MIN_PNG_SCALE } from '../../src-shared/export/pngSize';

/** A number typed into a field: kept as typed, and passed on only when it is one the export accepts. */
function useDraft(value: number, accepts: (n: number) => boolean, onChange: (n: number) => void) {
  const [draft, setDraft] = useState(String(value));
  const [shown, setShown] = useState(value);
  // The value changed elsewhere (the slider): show it.
  if (shown !== value) {
    setShown(value);
    if (Number(draft) !== value) setDraft(String(value));
  }
  const commit = (text: string) => {
    setDraft(text);
    const n = Number(text);
    if (text.trim() !== '' && accepts(n)) onChange(n);
  };
  return { draft, commit, invalid: draft.trim() === '' || Number(draft) !== value };
}

/** The PNG's scale: a slider for the usual steps, and a field for an exact one (such as the largest that fits). */
export function ScaleField(props: { scale: number; onChange(scale: number): void }) {
  const id = useId();
  const accepts = (n: number) => Number.isFinite(n) && n >= MIN_PNG_SCALE && n <= MAX_PNG_SCALE;
  const { draft, commit, invalid } = useDraft(props.scale, accepts, props.onChange);
  return (
    <div className="export-field">
      <div className="export-scale">
        <label htmlFor={id} className="export-label">
          Scale
        </label>
        <input
          type="number"
          aria-label="Exact scale"
          min={MIN_PNG_SCALE}
          max={MAX_PNG_SCALE}
          step="any"
          value={draft}
          aria-invalid={invalid}
          onChange={(event) => commit(event.currentTarget.value)}
        />
        <span className="export-unit">× · {Math.round(96 * props.scale)} dpi</span>
      </div>
      <input
        id={id}
        type="range"
        min={MIN_PNG_SCALE}
        max={MAX_PNG_SCALE}
        step={0.05}
        value={props.scale}
        onChange={(event) => props.onChange(Number(event.currentTarget.value))}
      />
    </div>
  );
}

/** A4 or Letter: the map at print size, or shrunk so its width spans a number of sheets. */
export function SheetsAcrossField(props: {
  sheetsAcross: number | undefined;
  onChange(sheetsAcross: number | undefined): void;
}) {
  const id = useId();
  const fitted = props.sheetsAcross !== undefined;
  const accepts = (n: number) => Number.isInteger(n) && n >= 1 && n <= MAX_PDF_PAGES;
  const { draft, commit, invalid } = useDraft(props.sheetsAcross ?? 1, accepts, props.onChange);
  return (
    <div className="export-field export-sheets">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={fitted}
          onChange={(event) => props.onChange(event.currentTarget.checked ? Number(draft) || 1 : undefined)}
        />
        Fit the width to
      </label>
      <input
        id={id}
        type="number"
        aria-label="Sheets across"
        min={1}
        max={MAX_PDF_PAGES}
        step={1}
        value={draft}
        disabled={!fitted}
        aria-invalid={fitted && invalid}
        onChange={(event) => commit(event.currentTarget.value)}
      />
      <span className="export-unit">sheets</span>
    </div>
  );
}

/** Space around the map, in whole pixels from 0 to 400. */
export function PaddingField(props: { padding: number; onChange(padding: number): void }) {
  const id = useId();
  const accepts = (n: number) => Number.isInteger(n) && n >= 0 && n <= 400;
  const { draft, commit, invalid } = useDraft(props.padding, accepts, props.onChange);
  return (
    <div className="export-field export-padding">
      <label htmlFor={id} className="export-label">
        Padding
      </label>
      <input
        id={id}
        type="number"
        min={0}
        max={400}
        step={4}
        value={draft}
        aria-invalid={invalid}
        onChange={(event) => commit(event.currentTarget.value)}
      />
      <span className="export-unit">px</span>
    </div>
  );
}
