import { X } from 'lucide-react';
import { useState } from 'react';
import { VERDICTS } from '../../src-shared/assess/evaluate';
import { openQuestionsReport } from '../../src-shared/assess/openQuestionsReport';
import { type VerdictChange, whatWouldChangeVerdict } from '../../src-shared/assess/whatIf';
import { quoteText } from '../../src-shared/compare/describeComparison';
import type { ArgMap } from '../../src-shared/model/map';
import type { ActionContext } from '../actions/actionContext';
import { focusNodeCard } from '../actions/focusNodeCard';
import { IconButton } from '../chrome/IconButton';
import { useEditor } from '../store/EditorContext';
import { evaluationOf } from './evaluation';
import './assess.css';

const percent = (value: number | null) => (value === null ? '–' : `${Math.round(value * 100)} %`);

/**
 * Assess mode's panel: the verdict on the thesis and its strength, what would change it, and the critical
 * questions still open. Choosing a row selects its nodes on the canvas.
 */
export function AssessPanel({ ctx }: { ctx: ActionContext }) {
  const assessing = useEditor((state) => state.assessing);
  const map = useEditor((state) => state.map);
  const [search, setSearch] = useState<{ map: ArgMap; changes: VerdictChange[] } | null>(null);
  if (!assessing) return null;
  const evaluation = evaluationOf(map);
  const { thesis } = evaluation;
  const labels = Object.values(evaluation.nodes).map((standing) => standing.label);
  const open = openQuestionsReport(map);
  const text = (id: string) => quoteText(map.nodes.find((node) => node.id === id)?.text ?? '', 60);
  const select = (ids: string[]) => {
    ctx.editor.getState().select(ids);
    void ctx.flow.fitView({ nodes: ids.map((id) => ({ id })), padding: 0.3, maxZoom: 1.2, duration: 200 });
    if (ids[0]) focusNodeCard(ids[0]);
  };
  const changes = search?.map === map ? search.changes : null;

  return (
    <aside className="side-panel assess-panel" aria-label="Assessment">
      <header className="side-panel-header assess-header">
        <span className="source-label">Assess</span>
        <IconButton
          icon={X}
          label="Leave Assess mode"
          size={16}
          onClick={() => ctx.editor.getState().toggleAssess()}
        />
      </header>
      <div className="side-panel-body assess-body">
        {thesis ? (
          <section className={`assess-verdict assess-verdict--${thesis.label}`} aria-label="Verdict">
            <p className="assess-verdict-word">{VERDICTS[thesis.label]}</p>
            <p className="assess-verdict-strength">Strength {percent(thesis.strength)}</p>
            <button type="button" className="assess-row" onClick={() => select([thesis.id])}>
              {text(thesis.id)}
            </button>
          </section>
        ) : (
          <p className="assess-muted">The map has no thesis to weigh.</p>
        )}
        <p className="assess-muted">
          {labels.filter((l) => l === 'in').length} in · {labels.filter((l) => l === 'out').length} out ·{' '}
          {labels.filter((l) => l === 'undec').length} undecided
          {evaluation.cycles.length > 0
            ? ` · ${evaluation.cycles.length} cycle${evaluation.cycles.length === 1 ? '' : 's'}${evaluation.converged ? '' : ' that never settle'}`
            : ''}
        </p>
        <p className="assess-keys">A accept · X reject · O open · 1–5 confidence</p>

        <section className="assess-section" aria-label="What would change the verdict">
          <h3>What would change the verdict</h3>
          {changes === null ? (
            <button
              type="button"
              className="button"
              disabled={!thesis}
              onClick={() => setSearch({ map, changes: whatWouldChangeVerdict(map) })}
            >
              Find
            </button>
          ) : changes.length === 0 ? (
            <p className="assess-muted">No set of up to three reasons changes it.</p>
          ) : (
            <ul>
              {changes.map((change) => (
                <li key={`${change.flips}:${change.changes.map((c) => `${c.status}${c.id}`).join()}`}>
                  <button
                    type="button"
                    className="assess-row"
                    onClick={() => select(change.changes.map((c) => c.id))}
                  >
                    {change.changes
                      .map((c) => `${c.status === 'rejected' ? 'Reject' : 'Accept'} ${text(c.id)}`)
                      .join(', and ')}
                    <span className="assess-outcome">
                      {' → '}
                      {change.flips === 'label'
                        ? VERDICTS[change.thesis.label]
                        : `strength ${percent(change.thesis.strength)}`}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="assess-section" aria-label="Open questions">
          <h3>
            Open questions{' '}
            <span className="assess-count">{open.reduce((n, entry) => n + entry.questions.length, 0)}</span>
          </h3>
          {open.length === 0 ? <p className="assess-muted">Every critical question is answered.</p> : null}
          <ul>
            {open.map((entry) => (
              <li key={entry.node.id}>
                <button type="button" className="assess-row" onClick={() => select([entry.node.id])}>
                  {quoteText(entry.node.text, 70)}
                  {entry.node.quote?.speaker ? (
                    <span className="assess-muted"> — {entry.node.quote.speaker}</span>
                  ) : null}
                  <span className="assess-questions">
                    {entry.questions.map((question) => question.label).join(' · ')}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </aside>
  );
}
