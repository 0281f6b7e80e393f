import { ArrowDown, ArrowUp, Play, Plus, Sparkles, Trash2 } from 'lucide-react';
import { type DragEvent, type KeyboardEvent, useState } from 'react';
import type { ActionId } from '../../src-shared/actions/catalog';
import { moveTourStep, removeTourStep, updateTourStep } from '../../src-shared/ops/tourOps';
import { FIELD_LIMITS } from '../../src-shared/text/fieldLimits';
import { revealBidiControls } from '../../src-shared/text/revealBidiControls';
import { applyResult } from '../actions/applyResult';
import { Field } from '../chrome/Field';
import { IconButton } from '../chrome/IconButton';
import { useEditor, useEditorStore } from '../store/EditorContext';

/**
 * The tour: its steps in order, each with a title and speaker notes. Reorder by dragging or with
 * Alt+↑/↓, delete, add the selection as a step, or generate a tour from the argument's structure.
 */
export function TourPanel({ run }: { run(id: ActionId): boolean }) {
  const store = useEditorStore();
  const tour = useEditor((state) => state.map.tour);
  const current = useEditor((state) => Math.min(state.tourStep, Math.max(0, state.map.tour.length - 1)));
  const nodes = useEditor((state) => state.map.nodes);
  const [dragged, setDragged] = useState<string | null>(null);
  const apply = (result: Parameters<typeof applyResult>[1]) => applyResult({ editor: store }, result);
  const map = () => store.getState().map;

  const pick = (index: number) => {
    const step = tour[index];
    if (!step) return;
    store.getState().selectTourStep(index);
    store.getState().select(step.focus);
  };
  const move = (id: string, toIndex: number) => {
    if (toIndex < 0 || toIndex >= tour.length) return;
    if (apply(moveTourStep(map(), { id, toIndex }))) store.getState().selectTourStep(toIndex);
  };
  const onKeyDown = (event: KeyboardEvent, id: string, index: number) => {
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      move(id, index + (event.key === 'ArrowUp' ? -1 : 1));
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      pick(Math.max(0, Math.min(tour.length - 1, index + (event.key === 'ArrowUp' ? -1 : 1))));
    }
  };
  const onDrop = (event: DragEvent, index: number) => {
    event.preventDefault();
    if (dragged) move(dragged, index);
    setDragged(null);
  };
  const label = (id: string) => nodes.find((node) => node.id === id)?.text || 'an empty node';
  const selected = tour[current];

  return (
    <aside className="side-panel tour-panel" aria-label="Tour">
      <header className="side-panel-header tour-header">
        <span className="source-label">Tour</span>
        <div className="source-tools">
          <IconButton
            icon={Plus}
            label="Add the selection as a step"
            size={16}
            onClick={() => run('tour.addStep')}
          />
          <IconButton
            icon={Sparkles}
            label="Generate tour"
            title="Generate a tour from the argument"
            size={16}
            onClick={() => run('tour.generate')}
          />
          <IconButton
            icon={Play}
            label="Present from this step"
            title="Present from this step (Shift+F5)"
            size={16}
            disabled={tour.length === 0}
            onClick={() => run('present.current')}
          />
        </div>
      </header>
      {tour.length === 0 ? (
        <p className="tour-empty">
          No steps yet. Select nodes and add them as a step, or generate a tour from the argument.
        </p>
      ) : null}
      <ol className="tour-steps" aria-label="Steps">
        {tour.map((step, index) => (
          <li
            key={step.id}
            className={`tour-step${index === current ? ' is-current' : ''}${dragged === step.id ? ' is-dragged' : ''}`}
            draggable
            onDragStart={() => setDragged(step.id)}
            onDragOver={(event) => event.preventDefault()}
            onDrop={(event) => onDrop(event, index)}
          >
            <button
              type="button"
              className="tour-step-button"
              aria-current={index === current ? 'step' : undefined}
              onClick={() => pick(index)}
              onKeyDown={(event) => onKeyDown(event, step.id, index)}
            >
              <span className="tour-step-number">{index + 1}</span>
              <span className="tour-step-title">
                {revealBidiControls(step.title || label(step.focus[0] ?? ''))}
              </span>
            </button>
          </li>
        ))}
      </ol>
      {selected ? (
        <section className="tour-detail inspector-like" aria-label={`Step ${current + 1}`} key={selected.id}>
          <Field
            label="Title"
            limit={FIELD_LIMITS.stepTitle}
            value={selected.title ?? ''}
            onCommit={(title) => apply(updateTourStep(map(), { id: selected.id, fields: { title } }))}
          />
          <Field
            label="Speaker notes"
            multiline
            limit={FIELD_LIMITS.stepNotes}
            value={selected.notes ?? ''}
            onCommit={(notes) => apply(updateTourStep(map(), { id: selected.id, fields: { notes } }))}
          />
          <label className="inspector-check">
            <input
              type="checkbox"
              checked={selected.showAssessment === true}
              onChange={(event) =>
                apply(
                  updateTourStep(map(), {
                    id: selected.id,
                    fields: { showAssessment: event.target.checked },
                  }),
                )
              }
            />
            Show the assessment (the verdict and each node’s standing)
          </label>
          <p className="tour-focus">
            {selected.focus.length === 1 ? 'Focus: 1 node' : `Focus: ${selected.focus.length} nodes`}
          </p>
          <div className="inspector-actions">
            <button
              type="button"
              className="button"
              aria-label="Move step up"
              disabled={current === 0}
              onClick={() => move(selected.id, current - 1)}
            >
              <ArrowUp size={14} aria-hidden />
            </button>
            <button
              type="button"
              className="button"
              aria-label="Move step down"
              disabled={current === tour.length - 1}
              onClick={() => move(selected.id, current + 1)}
            >
              <ArrowDown size={14} aria-hidden />
            </button>
            <button
              type="button"
              className="button button--danger"
              onClick={() => {
                if (apply(removeTourStep(map(), { id: selected.id })))
                  store.getState().selectTourStep(Math.max(0, current - 1));
              }}
            >
              <Trash2 size={14} aria-hidden /> Delete step
            </button>
          </div>
        </section>
      ) : null}
    </aside>
  );
}
