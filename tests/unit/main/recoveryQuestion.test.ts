import { recoveryQuestion } from '../../../src-main/app/recoveryQuestion';

test('a sound entry offers Restore, Discard and Show, and says when its changes were kept', () => {
  const question = recoveryQuestion({
    name: 'Seminar',
    filePath: '/maps/seminar.argmap.json',
    savedAt: 1_700_000_000_000,
  });
  expect(question.buttons).toEqual(['Restore', 'Discard', 'Show']);
  expect(question.choices).toEqual(['restore', 'discard', 'show']);
  expect(question.detail).toContain('as they stood at');
  expect(question.detail).toContain('/maps/seminar.argmap.json');
});

test('a damaged entry says what is wrong and offers only Show and Discard, with no time when none is known', () => {
  const question = recoveryQuestion({
    name: 'Seminar',
    filePath: null,
    savedAt: 0,
    problem: '1.journal.json: it is cut short or damaged (it is not complete JSON).',
  });
  expect(question.buttons).toEqual(['Show', 'Discard']);
  expect(question.choices).toEqual(['show', 'discard']);
  expect(question.detail).toContain('it is cut short or damaged');
  expect(question.detail).not.toContain('stood at');
  expect(`${question.message} ${question.detail}`).not.toContain('restored');
});
