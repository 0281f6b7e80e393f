import { ArrowLeftRight, Trash2 } from 'lucide-react';
import { NODE_KINDS, type NodeKind } from '../../src-shared/model/map';
import { setEdgeRelation } from '../../src-shared/ops/edgeOps';
import { updateNodeFields } from '../../src-shared/ops/fieldOps';
import { setNodeKind } from '../../src-shared/ops/kindOps';
import { setNodeText, setQuoteAttribution } from '../../src-shared/ops/nodeOps';
import { FIELD_LIMITS } from '../../src-shared/text/fieldLimits';
import { applyResult } from '../actions/applyResult';
import { soleSelectedEdge, soleSelectedNode } from '../actions/selection';
import { AssessmentFields } from '../assess/AssessmentFields';
import { KIND_LOOK } from '../canvas/nodes/kinds';
import { useEditor, useEditorStore } from '../store/EditorContext';
import { Field } from './Field';
import { useSettledOpen } from './useSettledOpen';

/** Properties of the one selected node or link. Every change is one undoable step, committed on leaving a field. */
export function Inspector({ run }: { run(id: string): boolean }) {
  const store = useEditorStore();
  const node = useEditor(soleSelectedNode);
  const edge = useEditor(soleSelectedEdge);
  const nodes = useEditor((state) => state.map.nodes);
  const textOf = (id: string) => nodes.find((candidate) => candidate.id === id)?.text || 'an empty node';
  const apply = (result: Parameters<typeof applyResult>[1]) => applyResult({ editor: store }, result);
  const map = () => store.getState().map;
  const settled = useSettledOpen(node !== null || edge !== null);
  if (!settled) return null;

  if (node) {
    const quote = node.quote;
    return (
      <aside className="inspector" aria-label="Node properties" key={node.id}>
        <label className="inspector-label" htmlFor="inspector-kind">
          Kind
        </label>
        <select
          id="inspector-kind"
          value={node.kind}
          onChange={(event) =>
            apply(setNodeKind(map(), { id: node.id, kind: event.target.value as NodeKind }))
          }
        >
          {NODE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LOOK[kind].label}
            </option>
          ))}
        </select>
        <Field
          label="Text"
          multiline
          limit={FIELD_LIMITS.nodeText}
          value={node.text}
          onCommit={(text) => apply(setNodeText(map(), { id: node.id, text }))}
        />
        {quote ? (
          <>
            <Field
              label="Speaker"
              limit={FIELD_LIMITS.speaker}
              value={quote.speaker}
              onCommit={(speaker) =>
                apply(setQuoteAttribution(map(), { id: node.id, quote: { ...quote, speaker } }))
              }
            />
            <Field
              label="Role or institution"
              limit={FIELD_LIMITS.role}
              value={quote.role ?? ''}
              onCommit={(role) =>
                apply(setQuoteAttribution(map(), { id: node.id, quote: { ...quote, role } }))
              }
            />
            <label className="inspector-check">
              <input
                type="checkbox"
                checked={quote.direct}
                onChange={(event) =>
                  apply(
                    setQuoteAttribution(map(), {
                      id: node.id,
                      quote: { ...quote, direct: event.target.checked },
                    }),
                  )
                }
              />
              In quotation marks
            </label>
          </>
        ) : null}
        <AssessmentFields node={node} />
        <Field
          label="Notes"
          multiline
          limit={FIELD_LIMITS.notes}
          value={node.notes ?? ''}
          onCommit={(notes) => apply(updateNodeFields(map(), { id: node.id, fields: { notes } }))}
        />
        <Field
          label="Tags"
          limit={FIELD_LIMITS.tags}
          hint="Separate tags with commas"
          value={(node.tags ?? []).join(', ')}
          onCommit={(text) => {
            const tags = [
              ...new Set(
                text
                  .split(',')
                  .map((tag) => tag.trim())
                  .filter(Boolean),
              ),
            ];
            apply(updateNodeFields(map(), { id: node.id, fields: { tags } }));
          }}
        />
        <label className="inspector-check">
          <input
            type="checkbox"
            checked={!!node.pinned}
            onChange={(event) =>
              apply(updateNodeFields(map(), { id: node.id, fields: { pinned: event.target.checked } }))
            }
          />
          Pinned (auto-layout leaves it in place)
        </label>
      </aside>
    );
  }

  if (edge) {
    return (
      <aside className="inspector" aria-label="Link properties" key={edge.id}>
        <p className="inspector-link">
          <span>{textOf(edge.from)}</span>
          <strong>{edge.relation}</strong>
          <span>{textOf(edge.to)}</span>
        </p>
        <fieldset className="inspector-relation">
          <legend className="inspector-label">Relation</legend>
          {(['supports', 'opposes'] as const).map((relation) => (
            <label key={relation} className="inspector-check">
              <input
                type="radio"
                name="relation"
                checked={edge.relation === relation}
                onChange={() => apply(setEdgeRelation(map(), { id: edge.id, relation }))}
              />
              {relation === 'supports' ? 'Supports' : 'Opposes'}
            </label>
          ))}
        </fieldset>
        <div className="inspector-actions">
          <button type="button" className="button" onClick={() => run('edge.reverse')}>
            <ArrowLeftRight size={14} aria-hidden /> Reverse
          </button>
          <button type="button" className="button button--danger" onClick={() => run('edit.delete')}>
            <Trash2 size={14} aria-hidden /> Delete link
          </button>
        </div>
      </aside>
    );
  }
  return null;
}
