import { evaluateMap } from '../../../src-shared/assess/evaluate';
import { smallArgument } from '../../support/smallArgument';

const standings = (map: Parameters<typeof evaluateMap>[0]) => evaluateMap(map).nodes;
const strength = (map: Parameters<typeof evaluateMap>[0], id: string) => standings(map)[id]?.strength;
const label = (map: Parameters<typeof evaluateMap>[0], id: string) => standings(map)[id]?.label;

describe('grounded labelling (Dung 1995)', () => {
  test('an unattacked node is in; what it attacks is out; what that attacked is in again', () => {
    const map = smallArgument({ nodes: 'a b c', attacks: 'b>a c>b' });
    expect([label(map, 'c'), label(map, 'b'), label(map, 'a')]).toEqual(['in', 'out', 'in']);
  });

  test('a rejected node is out, and its attack no longer counts', () => {
    const map = smallArgument({ nodes: 'a b', attacks: 'b>a', assess: { b: { status: 'rejected' } } });
    expect([label(map, 'b'), label(map, 'a')]).toEqual(['out', 'in']);
  });

  test('support plays no part', () => {
    const map = smallArgument({ nodes: 'a b s', attacks: 'b>a', supports: 's>a' });
    expect(label(map, 'a')).toBe('out');
  });

  test('an even cycle of attacks is undecided, and so is what it attacks', () => {
    const map = smallArgument({ nodes: 't a b', attacks: 'a>b b>a a>t' });
    expect([label(map, 'a'), label(map, 'b'), label(map, 't')]).toEqual(['undec', 'undec', 'undec']);
  });

  test('an odd cycle is undecided; rejecting one of its nodes settles it', () => {
    const cycle = { nodes: 'a b c', attacks: 'a>b b>c c>a' };
    expect(Object.values(standings(smallArgument(cycle))).map((s) => s.label)).toEqual([
      'undec',
      'undec',
      'undec',
    ]);
    const settled = smallArgument({ ...cycle, assess: { a: { status: 'rejected' } } });
    expect([label(settled, 'a'), label(settled, 'b'), label(settled, 'c')]).toEqual(['out', 'in', 'out']);
  });

  test('notes take no part', () => {
    const map = smallArgument({ nodes: 'a n', attacks: 'n>a', kinds: { n: 'note' } });
    expect(label(map, 'a')).toBe('in');
    expect(standings(map).n).toBeUndefined();
  });
});

describe('strength by DF-QuAD (Rago, Toni, Aurisicchio and Baroni 2016)', () => {
  test('an open node alone is 0.5; accepted 1; its score when given; rejected 0', () => {
    expect(strength(smallArgument({ nodes: 'a' }), 'a')).toBe(0.5);
    expect(strength(smallArgument({ nodes: 'a', assess: { a: { status: 'accepted' } } }), 'a')).toBe(1);
    expect(
      strength(smallArgument({ nodes: 'a', assess: { a: { status: 'accepted', score: 0.8 } } }), 'a'),
    ).toBe(0.8);
    expect(
      strength(smallArgument({ nodes: 'a', assess: { a: { status: 'rejected', score: 0.8 } } }), 'a'),
    ).toBe(0);
  });

  test('a chain of attacks: 0.5 − 0.5 × 0.5 = 0.25, then 0.5 − 0.5 × 0.25 = 0.375', () => {
    const map = smallArgument({ nodes: 'a b c', attacks: 'b>a c>b' });
    expect(strength(map, 'b')).toBeCloseTo(0.25);
    expect(strength(map, 'a')).toBeCloseTo(0.375);
  });

  test('attackers aggregate as 1 − ∏(1 − v): two of 0.5 attack with 0.75', () => {
    const map = smallArgument({ nodes: 'a b c', attacks: 'b>a c>a' });
    expect(strength(map, 'a')).toBeCloseTo(0.5 - 0.5 * 0.75);
  });

  test('support and attack weighed together: support 0.9 against attack 0.5 gives 0.5 + 0.5 × 0.4', () => {
    const map = smallArgument({
      nodes: 'a b s',
      attacks: 'b>a',
      supports: 's>a',
      assess: { s: { score: 0.9 } },
    });
    expect(strength(map, 'a')).toBeCloseTo(0.7);
  });

  test('a rejected attacker attacks with nothing', () => {
    const map = smallArgument({ nodes: 'a b', attacks: 'b>a', assess: { b: { status: 'rejected' } } });
    expect(strength(map, 'a')).toBe(0.5);
  });

  test('a cycle settles to its fixed point: x = 0.5 − 0.5x gives 1/3', () => {
    const map = smallArgument({ nodes: 'a b c', attacks: 'a>b b>c c>a' });
    const result = evaluateMap(map);
    expect(result.cycles).toEqual([['a', 'b', 'c']]);
    expect(result.converged).toBe(true);
    for (const id of ['a', 'b', 'c']) expect(strength(map, id)).toBeCloseTo(1 / 3, 9);
  });

  test('a cycle that never settles is reported, and what depends on it has no strength (its label stands)', () => {
    const map = smallArgument({
      nodes: 't a b',
      attacks: 'a>b b>a',
      supports: 'a>t',
      assess: { a: { status: 'accepted' }, b: { status: 'accepted' } },
    });
    const result = evaluateMap(map);
    expect(result.converged).toBe(false);
    expect(result.cycles).toEqual([['a', 'b']]);
    expect(result.thesis).toEqual({ id: 't', label: 'in', strength: null });
  });

  test('each "no" to a critical question takes a quarter off a quote’s base score', () => {
    const map = smallArgument({
      nodes: 'q',
      kinds: { q: 'quote' },
      assess: {
        q: {
          questions: { expertise: { answer: 'no' }, evidence: { answer: 'no' }, field: { answer: 'yes' } },
        },
      },
    });
    expect(strength(map, 'q')).toBeCloseTo(0.5 * 0.75 * 0.75);
  });
});
