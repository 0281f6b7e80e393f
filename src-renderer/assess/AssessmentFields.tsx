import { SCHEMES, schemeOf } from '../../src-shared/assess/schemes';
import { SCHEME_IDS, type SchemeId } from '../../src-shared/model/assessment';
import type { ArgNode } from '../../src-shared/model/map';
import {
  answerCriticalQuestion,
  setAssessmentNote,
  setAssessmentScore,
  setAssessmentStatus,
  setScheme,
} from '../../src-shared/ops/assessOps';
import { FIELD_LIMITS } from '../../src-shared/text/fieldLimits';
import { applyResult } from '../actions/applyResult';
import { Field } from '../chrome/Field';
import { useEditor, useEditorStore } from '../store/EditorContext';

const STATUSES = [
  ['accepted', 'Accepted'],
  ['open', 'Open'],
  ['rejected', 'Rejected'],
] as const;
const ANSWERS = [
  ['yes', 'Yes'],
  ['no', 'No'],
  ['unknown', 'Unknown'],
] as const;
/** Five steps of confidence, as keys 1–5 set them. */
const STEPS = [0, 0.25, 0.5, 0.75, 1];

/**
 * The inspector's assessment of one node: status, confidence, a note, its scheme and that scheme's critical
 * questions. Shown in Assess mode, or wherever the node is already assessed. Every change is one undo step.
 */
export function AssessmentFields({ node }: { node: ArgNode }) {
  const store = useEditorStore();
  const assessing = useEditor((state) => state.assessing);
  if (node.kind === 'note' || (!assessing && !node.assessment && !node.scheme)) return null;
  const apply = (result: Parameters<typeof applyResult>[1]) => applyResult({ editor: store }, result);
  const map = () => store.getState().map;
  const assessment = node.assessment ?? {};
  const scheme = schemeOf(node);

  return (
    <section className="assessment-fields" aria-label="Assessment">
      <fieldset className="segmented">
        <legend className="inspector-label">Assessment</legend>
        {STATUSES.map(([status, label]) => (
          <label key={status} className={`segmented-option segmented-option--${status}`}>
            <input
              type="radio"
              name={`status-${node.id}`}
              checked={(assessment.status ?? 'open') === status}
              onChange={() => apply(setAssessmentStatus(map(), { ids: [node.id], status }))}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <fieldset className="segmented">
        <legend className="inspector-label">Confidence</legend>
        {STEPS.map((score, i) => (
          <label key={score} className="segmented-option" title={`${Math.round(score * 100)} %`}>
            <input
              type="radio"
              name={`score-${node.id}`}
              checked={assessment.score === score}
              onChange={() => apply(setAssessmentScore(map(), { ids: [node.id], score }))}
            />
            {i + 1}
          </label>
        ))}
      </fieldset>
      <Field
        label="Assessment note"
        multiline
        limit={FIELD_LIMITS.assessmentNote}
        value={assessment.note ?? ''}
        onCommit={(note) => apply(setAssessmentNote(map(), { id: node.id, note }))}
      />
      {node.kind !== 'thesis' ? (
        <>
          <label className="inspector-label" htmlFor={`scheme-${node.id}`}>
            Scheme
          </label>
          <select
            id={`scheme-${node.id}`}
            value={node.scheme ?? ''}
            onChange={(event) =>
              apply(
                setScheme(map(), { id: node.id, scheme: (event.target.value || null) as SchemeId | null }),
              )
            }
          >
            <option value="">{node.kind === 'quote' ? 'Expert opinion (a quote’s own)' : 'None'}</option>
            {SCHEME_IDS.map((id) => (
              <option key={id} value={id}>
                {SCHEMES[id].label}
              </option>
            ))}
          </select>
        </>
      ) : null}
      {scheme ? (
        <ol className="critical-questions" aria-label="Critical questions">
          {scheme.questions.map((question) => {
            const answer = assessment.questions?.[question.id];
            return (
              <li key={question.id}>
                <fieldset className="segmented segmented--small">
                  <legend>{question.question}</legend>
                  {ANSWERS.map(([value, label]) => (
                    <label key={value} className="segmented-option">
                      <input
                        type="radio"
                        name={`${node.id}-${question.id}`}
                        checked={answer?.answer === value}
                        onChange={() =>
                          apply(
                            answerCriticalQuestion(map(), {
                              id: node.id,
                              question: question.id,
                              answer: { ...answer, answer: value },
                            }),
                          )
                        }
                      />
                      {label}
                    </label>
                  ))}
                </fieldset>
                {answer ? (
                  <Field
                    label="Why"
                    limit={FIELD_LIMITS.answerNote}
                    value={answer.note ?? ''}
                    onCommit={(note) =>
                      apply(
                        answerCriticalQuestion(map(), {
                          id: node.id,
                          question: question.id,
                          answer: { ...answer, note },
                        }),
                      )
                    }
                  />
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : null}
    </section>
  );
}
