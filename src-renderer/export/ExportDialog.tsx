import { type FormEvent, type ReactNode, useId, useState } from 'react';
import {
  DEFAULT_EXPORT_OPTIONS,
  ExportOptions,
  type ExportSubject,
  type OutputFormat,
} from '../../src-shared/export/exportOptions';
import type { TextExportFormat } from '../../src-shared/ipc/contract';
import { serializeMap } from '../../src-shared/model/serialize';
import { stepTitle } from '../../src-shared/tour/stepTitle';
import type { ActionContext } from '../actions/actionContext';
import { saveExport, saveTextExport, windowExportTheme } from '../actions/exportActions';
import { Modal } from '../chrome/Modal';
import { useEditor } from '../store/EditorContext';
import type { EditorStoreState } from '../store/editorStore';
import { ExportPreviewPane } from './ExportPreviewPane';
import { PageContents } from './PageContents';
import { PaddingField, ScaleField, SheetsAcrossField } from './SizeFields';
import { TextExportPreview } from './TextExportPreview';
import { useExportPreview } from './useExportPreview';

const REMEMBERED_KEY = 'argmap.exportOptions';

const IMAGE_CHOICES: ReadonlyArray<readonly [OutputFormat, string]> = [
  ['png', 'PNG'],
  ['svg', 'SVG'],
  ['pdf', 'PDF'],
  ['html', 'Web page (HTML)'],
];
const TEXT_CHOICES: ReadonlyArray<readonly [TextExportFormat, string]> = [
  ['argdown', 'Argdown'],
  ['aif', 'AIF'],
  ['markdown', 'Outline'],
  ['canvas', 'Canvas'],
];

/** The options chosen last time (all but what to show, which depends on the map). */
function rememberedOptions(): Partial<ExportOptions> {
  try {
    const parsed = ExportOptions.partial().safeParse(
      JSON.parse(localStorage.getItem(REMEMBERED_KEY) ?? '{}'),
    );
    if (!parsed.success) return {};
    const { subject: _subject, ...rest } = parsed.data;
    return rest;
  } catch {
    return {};
  }
}

function remember(options: ExportOptions): void {
  const { subject: _subject, ...rest } = options;
  localStorage.setItem(REMEMBERED_KEY, JSON.stringify(rest));
}

/** File → Export…: format, what to show and how, with a preview drawn by the engine that writes the file. */
export function ExportDialog({ ctx }: { ctx: ActionContext }) {
  const open = useEditor((state) => state.exportOpen);
  return open ? <ExportDialogBody ctx={ctx} /> : null;
}

interface Snapshot {
  text: string;
  hasSource: boolean;
  selected: string[];
  steps: string[];
  tourStep: number;
  /** The map cites a source, so the export can carry a citation line. */
  cited: boolean;
}

function snapshotOf(state: EditorStoreState): Snapshot {
  return {
    // The map cannot change while the dialog is open: one serialization serves every preview.
    text: serializeMap(state.map),
    hasSource: state.map.source !== undefined && state.map.source.text !== '',
    selected: state.map.nodes.filter((node) => state.selectedIds.has(node.id)).map((node) => node.id),
    steps: state.map.tour.map((step) => {
      const focus = state.map.nodes.find((node) => node.id === step.focus[0]);
      return step.title || (focus ? stepTitle(focus) : '') || 'Untitled step';
    }),
    tourStep: Math.min(state.tourStep, Math.max(0, state.map.tour.length - 1)),
    cited: state.map.source !== undefined,
  };
}

function ExportDialogBody({ ctx }: { ctx: ActionContext }) {
  const [snapshot] = useState(() => snapshotOf(ctx.editor.getState()));
  const [options, setOptions] = useState<ExportOptions>(() => ({
    ...DEFAULT_EXPORT_OPTIONS,
    theme: windowExportTheme(ctx.editor.getState()),
    ...rememberedOptions(),
  }));
  const update = (patch: Partial<ExportOptions>) => setOptions((current) => ({ ...current, ...patch }));
  const [textFormat, setTextFormat] = useState<TextExportFormat | null>(null);
  const { preview, pending } = useExportPreview(ctx.argmap, snapshot.text, options);
  const close = () => ctx.editor.getState().showExport(false);
  const problem = textFormat
    ? null
    : preview?.status === 'failed'
      ? preview.message
      : (preview?.problem ?? null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (problem) return;
    close();
    if (textFormat) {
      void saveTextExport(ctx, textFormat);
      return;
    }
    remember(options);
    void saveExport(ctx, options);
  };
  // Two rows of one choice: images, then the text formats other tools read.
  const formatChoice = (
    <>
      <Choice
        legend="Format"
        value={textFormat ?? options.format}
        choices={IMAGE_CHOICES}
        onChange={(format: OutputFormat) => {
          setTextFormat(null);
          // A web page carries the whole map and all its tour.
          update(format === 'html' ? { format, subject: { kind: 'map' } } : { format });
        }}
      />
      <Choice
        legend="As text for other tools"
        value={textFormat ?? options.format}
        choices={TEXT_CHOICES}
        onChange={(format: TextExportFormat) => setTextFormat(format)}
      />
    </>
  );
  const actions = (
    <div className="modal-actions">
      <button type="button" className="button" onClick={close}>
        Cancel
      </button>
      <button type="submit" className="button button--primary" disabled={problem !== null}>
        Export…
      </button>
    </div>
  );
  if (textFormat) {
    return (
      <Modal title="Export" onClose={close} actions={null} className="export-dialog">
        <form className="export-layout" onSubmit={onSubmit}>
          <TextExportPreview argmap={ctx.argmap} text={snapshot.text} format={textFormat} />
          <div className="export-options">
            {formatChoice}
            {actions}
          </div>
        </form>
      </Modal>
    );
  }

  return (
    <Modal title="Export" onClose={close} actions={null} className="export-dialog">
      <form className="export-layout" onSubmit={onSubmit}>
        <ExportPreviewPane preview={preview} pending={pending} options={options} />
        <div className="export-options">
          {formatChoice}
          {options.format === 'html' ? (
            <PageContents options={options} hasSource={snapshot.hasSource} onChange={update} />
          ) : (
            <SubjectChoice
              snapshot={snapshot}
              subject={options.subject}
              onChange={(subject) => update({ subject })}
            />
          )}
          {options.format === 'png' ? (
            <ScaleField scale={options.scale} onChange={(scale) => update({ scale })} />
          ) : null}
          {options.subject.kind === 'map' ? (
            <label className="checkbox export-embed">
              <input
                type="checkbox"
                checked={options.fitSlide === true}
                onChange={(event) => update({ fitSlide: event.currentTarget.checked })}
              />
              <span>
                Fit to a slide
                <small>
                  Folds deeper levels until the text reads on a 16:9 slide; folded cards show “+n”.
                </small>
              </span>
            </label>
          ) : null}
          {options.format === 'pdf' ? (
            <Choice
              legend="Pages"
              value={options.paper}
              choices={[
                ['fit', 'One page'],
                ['a4', 'A4 sheets'],
                ['letter', 'Letter sheets'],
              ]}
              onChange={(paper: ExportOptions['paper']) => update({ paper })}
            />
          ) : null}
          {options.format === 'pdf' && options.paper !== 'fit' ? (
            <SheetsAcrossField
              sheetsAcross={options.sheetsAcross}
              onChange={(sheetsAcross) => update({ sheetsAcross })}
            />
          ) : null}
          <Choice
            legend="Theme"
            value={options.theme}
            choices={[
              ['light', 'Light'],
              ['dark', 'Dark'],
              ['projector', 'Projector'],
            ]}
            onChange={(theme: ExportOptions['theme']) => update({ theme })}
          />
          <Choice
            legend="Background"
            value={options.background}
            choices={[
              ['theme', 'Theme'],
              ['white', 'White'],
              ['transparent', 'None'],
            ]}
            onChange={(background: ExportOptions['background']) => update({ background })}
          />
          <PaddingField padding={options.padding} onChange={(padding) => update({ padding })} />
          {options.format === 'pdf' || options.format === 'html' ? null : (
            <label className="checkbox export-embed">
              <input
                type="checkbox"
                checked={options.embedMap}
                onChange={(event) => update({ embedMap: event.currentTarget.checked })}
              />
              <span>
                Embed the map
                <small>File → Open turns the image back into an editable map.</small>
              </span>
            </label>
          )}
          <label className="checkbox export-embed">
            <input
              type="checkbox"
              checked={options.assessment === true}
              onChange={(event) => update({ assessment: event.currentTarget.checked })}
            />
            <span>
              Show the assessment
              <small>Each node’s standing and strength, and the verdict on the thesis.</small>
            </span>
          </label>
          {snapshot.cited ? (
            <label className="checkbox export-embed">
              <input
                type="checkbox"
                checked={options.citation === true}
                onChange={(event) => update({ citation: event.currentTarget.checked })}
              />
              <span>
                Cite the source
                <small>Author, title, site, date and URL.</small>
              </span>
            </label>
          ) : null}
          {actions}
        </div>
      </form>
    </Modal>
  );
}

/** A row of mutually exclusive buttons (radio inputs underneath, so arrows and screen readers work). */
function Choice<T extends string>(props: {
  legend: string;
  value: T;
  choices: ReadonlyArray<readonly [T, string]>;
  onChange(value: T): void;
  disabled?: ReadonlySet<T>;
}) {
  const name = useId();
  return (
    <fieldset className="export-field">
      <legend>{props.legend}</legend>
      <div className="segmented">
        {props.choices.map(([value, label]) => (
          <label key={value} className="segmented-item">
            <input
              type="radio"
              name={name}
              value={value}
              checked={props.value === value}
              disabled={props.disabled?.has(value) ?? false}
              onChange={() => props.onChange(value)}
            />
            <span>{label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function SubjectChoice(props: {
  snapshot: Snapshot;
  subject: ExportSubject;
  onChange(subject: ExportSubject): void;
}) {
  const { selected, steps, tourStep } = props.snapshot;
  const disabled = new Set<ExportSubject['kind']>([
    ...(selected.length === 0 ? (['nodes'] as const) : []),
    ...(steps.length === 0 ? (['step'] as const) : []),
  ]);
  const stepIndex = props.subject.kind === 'step' ? props.subject.index : tourStep;
  const choose = (kind: ExportSubject['kind']) =>
    props.onChange(
      kind === 'map' ? { kind } : kind === 'nodes' ? { kind, ids: selected } : { kind, index: stepIndex },
    );
  const selectionLabel = selected.length === 0 ? 'Selection' : `Selection (${selected.length})`;
  let stepPicker: ReactNode = null;
  if (props.subject.kind === 'step') {
    stepPicker = (
      <select
        className="export-step"
        aria-label="Tour step"
        value={stepIndex}
        onChange={(event) => props.onChange({ kind: 'step', index: Number(event.currentTarget.value) })}
      >
        {steps.map((title, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: steps are shown in order and never reordered here.
          <option key={index} value={index}>
            {index + 1}. {title}
          </option>
        ))}
      </select>
    );
  }
  return (
    <>
      <Choice
        legend="Show"
        value={props.subject.kind}
        choices={[
          ['map', 'Whole map'],
          ['nodes', selectionLabel],
          ['step', 'Tour step'],
        ]}
        disabled={disabled}
        onChange={choose}
      />
      {stepPicker}
    </>
  );
}
