import { whatWouldChangeVerdict } from '../../../src-shared/assess/whatIf';
import { smallArgument } from '../../support/smallArgument';

test('two unanswered counterpoints against the thesis: rejecting both, and no fewer, lets it hold', () => {
  const map = smallArgument({
    nodes: 't c1 c2 p',
    attacks: 'c1>t c2>t',
    supports: 'p>t',
    kinds: { c1: 'counterpoint', c2: 'counterpoint' },
  });
  const changes = whatWouldChangeVerdict(map).filter((change) => change.flips === 'label');
  expect(changes).toEqual([
    {
      flips: 'label',
      changes: [
        { id: 'c1', status: 'rejected' },
        { id: 'c2', status: 'rejected' },
      ],
      thesis: expect.objectContaining({ label: 'in' }),
    },
  ]);
});

test('a single attacker: rejecting it flips the label; accepting it pushes the strength under 0.5', () => {
  const map = smallArgument({
    nodes: 't c s',
    attacks: 'c>t',
    supports: 's>t',
    assess: { s: { score: 0.6 } },
  });
  const changes = whatWouldChangeVerdict(map);
  expect(changes.filter((change) => change.flips === 'label').map((change) => change.changes)).toContainEqual(
    [{ id: 'c', status: 'rejected' }],
  );
  const strength = changes.filter((change) => change.flips === 'strength');
  expect(strength.length).toBeGreaterThan(0);
  for (const change of strength) expect(change.changes).toHaveLength(1);
});

test('no thesis, or nothing bearing on it: nothing to change', () => {
  expect(whatWouldChangeVerdict(smallArgument({ nodes: 'a b', kinds: { a: 'premise' } }))).toEqual([]);
  expect(whatWouldChangeVerdict(smallArgument({ nodes: 't' }))).toEqual([]);
});
