import { X } from 'lucide-react';
import { explainDifference, quoteText } from '../../src-shared/compare/describeComparison';
import { claimInReference, takeNode } from '../../src-shared/compare/takeNode';
import { newId } from '../../src-shared/model/ids';
import type { ArgMap } from '../../src-shared/model/map';
import type { ActionContext } from '../actions/actionContext';
import { applyResult } from '../actions/applyResult';
import { focusNodeCard } from '../actions/focusNodeCard';
import { revealNode } from '../actions/reveal';
import { IconButton } from '../chrome/IconButton';
import { useEditor } from '../store/EditorContext';
import { CounterpartSection } from './CounterpartSection';
import { comparisonReport } from './comparisonReport';
import { NodeSummary } from './NodeSummary';
import './compare.css';

/** "1 difference", "3 differences", "0 differences". */
const countOf = (n: number, noun: string) => `${n} ${n === 1 ? noun : `${noun}s`}`;

const percent = (value: number) => `${Math.round(value * 100)} %`;

/**
 * The comparison of the document (the reference) with another map of the same article: the score, then
 * what the other map gets wrong, misses and adds. The canvas colours each reference node by its standing;
 * a row selects its node, and the selected node's counterpart is shown here.
 */
export function ComparePanel({ ctx }: { ctx: ActionContext }) {
  const comparison = useEditor((state) => state.comparison);
  const report = useEditor(comparisonReport);
  const map = useEditor((state) => state.map);
  const sideOpen = useEditor((state) => state.comparisonSide);
  if (!comparison || !report) return null;
  const { other, name } = comparison;
  const nodeIn = (of: ArgMap, id: string) => of.nodes.find((node) => node.id === id);
  const show = (id: string) => {
    const node = nodeIn(ctx.editor.getState().map, id);
    if (!node) return;
    ctx.editor.getState().select([id]);
    revealNode(ctx, node);
    focusNodeCard(id);
  };
  const take = (id: string) => {
    const change = takeNode(map, other, report, id, newId);
    if (applyResult(ctx, change) && 'steps' in change) {
      const added = change.steps[0];
      if (added?.type === 'insert') show(added.record.id);
    }
  };
  const { score } = report;

  return (
    <aside className="side-panel compare-panel" aria-label="Comparison">
      <header className="side-panel-header compare-header">
        <span className="source-label">Compared with</span>
        <IconButton
          icon={X}
          label="Close the comparison"
          size={16}
          onClick={() => ctx.editor.getState().showComparison(null)}
        />
      </header>
      <div className="side-panel-body compare-body">
        <p className="compare-name" title={name}>
          {name}
        </p>
        <p className="compare-summary">
          {report.matched.length} of {map.nodes.length} matched · {report.missing.length} missing ·{' '}
          {report.extra.length} extra · {countOf(report.differences.length, 'difference')}
        </p>
        <dl className="compare-score">
          <Score label="Recall" value={percent(score.recall)} />
          <Score label="Precision" value={percent(score.precision)} />
          <Score label="F1" value={score.f1.toFixed(2)} />
          <Score label="Agreement" value={percent(score.agreement)} />
        </dl>
        <ul className="compare-legend" aria-label="Colours on the map">
          <li className="is-matched">Matched</li>
          <li className="is-different">Different</li>
          <li className="is-missing">Missing</li>
          <li className="is-extra">Extra</li>
        </ul>
        <button
          type="button"
          className="button compare-side-toggle"
          aria-pressed={sideOpen}
          onClick={() => ctx.editor.getState().showComparisonSide(!sideOpen)}
        >
          {sideOpen ? `Hide ${name} beside the map` : `Show ${name} beside the map`}
        </button>
        <CounterpartSection comparison={comparison} report={report} />
        <List title="Differences" count={report.differences.length}>
          {report.differences.map((difference) => (
            <li key={`${difference.reference}-${difference.what}`}>
              <button type="button" className="compare-row" onClick={() => show(difference.reference)}>
                <span className="compare-what">{difference.what}</span>
                {explainDifference(map, other, difference)}
              </button>
            </li>
          ))}
        </List>
        <List title="Missing" count={report.missing.length}>
          {report.missing.map((id) => (
            <li key={id}>
              <button type="button" className="compare-row" onClick={() => show(id)}>
                <span className="compare-what">{nodeIn(map, id)?.kind}</span>
                {quoteText(nodeIn(map, id)?.text ?? '', 90)}
              </button>
            </li>
          ))}
        </List>
        <List title={`Extra in ${name}`} count={report.extra.length}>
          {report.extra.map((id) => {
            const node = nodeIn(other, id);
            if (!node) return null;
            const { link, claim } = claimInReference(other, report, id);
            return (
              <li key={id} className="compare-extra-item">
                <NodeSummary node={node} />
                {claim ? (
                  <button
                    type="button"
                    className="compare-row compare-under"
                    title="Select the claim it bears on"
                    onClick={() => show(claim)}
                  >
                    <span className="compare-what">{link?.relation}</span>
                    {quoteText(nodeIn(map, claim)?.text ?? '', 70)}
                  </button>
                ) : link ? (
                  <p className="compare-none compare-under">Its claim is not in the reference.</p>
                ) : null}
                <button type="button" className="button" onClick={() => take(id)}>
                  Take this node
                </button>
              </li>
            );
          })}
        </List>
      </div>
    </aside>
  );
}

function Score({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function List({ title, count, children }: { title: string; count: number; children: React.ReactNode }) {
  if (count === 0) return null;
  return (
    <section className="compare-list" aria-label={title}>
      <h2>
        {title} <span className="compare-count">{count}</span>
      </h2>
      <ul>{children}</ul>
    </section>
  );
}
