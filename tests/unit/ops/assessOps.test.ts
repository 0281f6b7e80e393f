import { loadMapFromText } from '../../../src-shared/load/loadMap';
import { serializeMap } from '../../../src-shared/model/serialize';
import {
  answerCriticalQuestion,
  setAssessmentNote,
  setAssessmentScore,
  setAssessmentStatus,
  setScheme,
} from '../../../src-shared/ops/assessOps';
import { applyChange, type Change, invertChange } from '../../../src-shared/ops/change';
import { isRefusal } from '../../../src-shared/ops/refusal';
import { updateTourStep } from '../../../src-shared/ops/tourOps';
import { smallArgument } from '../../support/smallArgument';

const map = smallArgument({ nodes: 't p q n', kinds: { q: 'quote', n: 'note' } });
const apply = (change: ReturnType<typeof setAssessmentScore>) => {
  if (change === null || isRefusal(change)) throw new Error('expected a change');
  return change as Change;
};

test('accepting, scoring and answering are undoable steps, and the map saves and loads back equal', () => {
  const steps = [
    setAssessmentStatus(map, { ids: ['p', 'q', 'n'], status: 'rejected' }),
  ] as Array<Change | null>;
  let current = applyChange(map, apply(steps[0] ?? null));
  expect(current.nodes.map((node) => node.assessment?.status)).toEqual([
    undefined,
    'rejected',
    'rejected',
    undefined,
  ]);
  const edits = [
    (m: typeof map) => setAssessmentScore(m, { ids: ['p'], score: 0.75 }),
    (m: typeof map) => setAssessmentNote(m, { id: 'p', note: 'Weak source.' }),
    (m: typeof map) =>
      answerCriticalQuestion(m, {
        id: 'q',
        question: 'expertise',
        answer: { answer: 'no', note: 'A journalist.' },
      }),
    (m: typeof map) => setScheme(m, { id: 'p', scheme: 'analogy' }),
  ];
  for (const edit of edits) {
    const change = apply(edit(current));
    const after = applyChange(current, change);
    expect(applyChange(after, invertChange(change))).toEqual(current);
    current = after;
  }
  const loaded = loadMapFromText(serializeMap(current));
  expect(loaded.ok && loaded.value).toEqual(current);
  expect(current.nodes[1]).toMatchObject({
    scheme: 'analogy',
    assessment: { status: 'rejected', score: 0.75, note: 'Weak source.' },
  });
  expect(current.nodes[2]?.assessment?.questions).toEqual({
    expertise: { answer: 'no', note: 'A journalist.' },
  });
});

test('reopening a node with nothing else assessed leaves no assessment behind', () => {
  const rejected = applyChange(map, apply(setAssessmentStatus(map, { ids: ['p'], status: 'rejected' })));
  const reopened = applyChange(
    rejected,
    apply(setAssessmentStatus(rejected, { ids: ['p'], status: 'open' })),
  );
  expect(reopened).toEqual(map);
  expect(setAssessmentStatus(map, { ids: ['p'], status: 'open' })).toBeNull();
});

test('a score outside [0, 1] is refused; a note is never assessed; the thesis has no scheme', () => {
  expect(isRefusal(setAssessmentScore(map, { ids: ['p'], score: 1.5 }))).toBe(true);
  expect(setAssessmentStatus(map, { ids: ['n'], status: 'accepted' })).toBeNull();
  expect(setScheme(map, { id: 't', scheme: 'sign' })).toBeNull();
});

test('a tour step remembers whether it shows the assessment, undoably', () => {
  const toured = { ...map, tour: [{ id: 's1', focus: ['t'] }] };
  const change = apply(updateTourStep(toured, { id: 's1', fields: { showAssessment: true } }));
  const shown = applyChange(toured, change);
  expect(shown.tour[0]?.showAssessment).toBe(true);
  expect(applyChange(shown, invertChange(change))).toEqual(toured);
  const hidden = applyChange(
    shown,
    apply(updateTourStep(shown, { id: 's1', fields: { showAssessment: false } })),
  );
  expect(hidden.tour[0]).toEqual({ id: 's1', focus: ['t'] });
});
