import type { Assessment, CriticalAnswer, SchemeId } from '../model/assessment';
import { LIMITS } from '../model/limits';
import type { ArgMap, ArgNode } from '../model/map';
import type { Change, Step } from './change';
import { count } from './labels';
import { type Refusal, refuse } from './refusal';

/** An empty assessment is stored as none, so clearing every field gives the map a new node has. */
function stored(assessment: Assessment): Assessment | undefined {
  const next: Assessment = {};
  if (assessment.status && assessment.status !== 'open') next.status = assessment.status;
  if (assessment.score !== undefined) next.score = assessment.score;
  if (assessment.note) next.note = assessment.note;
  if (assessment.questions && Object.keys(assessment.questions).length > 0)
    next.questions = assessment.questions;
  return Object.keys(next).length > 0 ? next : undefined;
}

function updateAssessments(
  map: ArgMap,
  ids: Iterable<string>,
  label: (changed: number) => string,
  edit: (current: Assessment) => Assessment,
): Change | null {
  const wanted = new Set(ids);
  const steps: Step[] = [];
  for (const node of map.nodes) {
    if (!wanted.has(node.id) || node.kind === 'note') continue;
    const after = stored(edit(node.assessment ?? {}));
    if (JSON.stringify(after) === JSON.stringify(node.assessment)) continue;
    steps.push({
      type: 'update',
      list: 'nodes',
      id: node.id,
      before: { assessment: node.assessment },
      after: { assessment: after },
    });
  }
  return steps.length === 0 ? null : { label: label(steps.length), steps };
}

const STATUS_VERBS = { accepted: 'Accept', rejected: 'Reject', open: 'Reopen' } as const;

/** Accepts, rejects or reopens nodes (notes are not assessed), as one step. Null when nothing changes. */
export function setAssessmentStatus(
  map: ArgMap,
  args: { ids: Iterable<string>; status: NonNullable<Assessment['status']> },
): Change | null {
  return updateAssessments(
    map,
    args.ids,
    (n) => `${STATUS_VERBS[args.status]} ${count(n, 'node')}`,
    (current) => ({ ...current, status: args.status }),
  );
}

/** Sets the user's confidence in nodes (0 to 1), or clears it with null. */
export function setAssessmentScore(
  map: ArgMap,
  args: { ids: Iterable<string>; score: number | null },
): Change | Refusal | null {
  if (args.score !== null && !(args.score >= 0 && args.score <= 1))
    return refuse('A score is between 0 and 1.');
  return updateAssessments(
    map,
    args.ids,
    (n) => `Score ${count(n, 'node')}`,
    ({ score: _score, ...rest }) => (args.score === null ? rest : { ...rest, score: args.score }),
  );
}

/** Sets the note of a node's assessment. */
export function setAssessmentNote(map: ArgMap, args: { id: string; note: string }): Change | Refusal | null {
  if (args.note.length > LIMITS.notes) return refuse(`A note is at most ${LIMITS.notes} characters long.`);
  return updateAssessments(
    map,
    [args.id],
    () => 'Edit assessment note',
    (current) => ({ ...current, note: args.note }),
  );
}

/** Answers (or, with null, unanswers) one critical question of a node's scheme. */
export function answerCriticalQuestion(
  map: ArgMap,
  args: { id: string; question: string; answer: CriticalAnswer | null },
): Change | Refusal | null {
  if ((args.answer?.note?.length ?? 0) > LIMITS.notes)
    return refuse(`A note is at most ${LIMITS.notes} characters long.`);
  return updateAssessments(
    map,
    [args.id],
    () => 'Answer critical question',
    (current) => {
      const { [args.question]: _old, ...others } = current.questions ?? {};
      const answer = args.answer && {
        answer: args.answer.answer,
        ...(args.answer.note ? { note: args.answer.note } : {}),
      };
      return { ...current, questions: answer ? { ...others, [args.question]: answer } : others };
    },
  );
}

/** Labels a reason with an argumentation scheme, or removes the label (null). Notes and the thesis have none. */
export function setScheme(map: ArgMap, args: { id: string; scheme: SchemeId | null }): Change | null {
  const node: ArgNode | undefined = map.nodes.find((candidate) => candidate.id === args.id);
  if (!node || node.kind === 'note' || node.kind === 'thesis') return null;
  const after = args.scheme ?? undefined;
  if (node.scheme === after) return null;
  return {
    label: args.scheme ? 'Set scheme' : 'Remove scheme',
    steps: [
      {
        type: 'update',
        list: 'nodes',
        id: node.id,
        before: { scheme: node.scheme },
        after: { scheme: after },
      },
    ],
  };
}
