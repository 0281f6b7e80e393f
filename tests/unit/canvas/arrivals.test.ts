import fc from 'fast-check';
import { admitLinks } from '../../../src-renderer/canvas/links/arrivals';

const link = (id: string) => ({ id });
const ids = (links: readonly { id: string }[]) => links.map((l) => l.id);
const NONE = { atOnce: 0, perStep: 0 };

describe('which links are drawn in a step', () => {
  test('a few new links are all drawn at once, as the same list', () => {
    const links = ['a', 'b', 'c'].map(link);
    const arrivals = admitLinks(links, new Set(['a']), { atOnce: 2, perStep: 2 });
    expect(arrivals.shown).toBe(links);
    expect(arrivals.waiting).toBe(false);
    expect([...arrivals.drawn].sort()).toEqual(['a', 'b', 'c']);
  });

  test('many new links: those already drawn, and the first few new ones; the rest wait', () => {
    const links = ['n1', 'old', 'n2', 'n3', 'n4'].map(link);
    const arrivals = admitLinks(links, new Set(['old']), { atOnce: 2, perStep: 2 });
    expect(ids(arrivals.shown)).toEqual(['n1', 'old', 'n2']);
    expect(arrivals.waiting).toBe(true);
  });

  test('a change that brings more than a few new links draws none of them: they wait for the steps after it', () => {
    const links = ['old', 'n1', 'n2', 'n3'].map(link);
    const change = { atOnce: 2, perStep: 0 };
    const arrivals = admitLinks(links, new Set(['old']), change);
    expect(ids(arrivals.shown)).toEqual(['old']);
    expect(arrivals.waiting).toBe(true);
    expect(admitLinks(links, new Set(['old', 'n1']), change).shown).toBe(links);
  });

  test('with none to admit in this step, only the links already drawn are', () => {
    const links = ['old', 'n1', 'n2'].map(link);
    const arrivals = admitLinks(links, new Set(['old']), NONE);
    expect(ids(arrivals.shown)).toEqual(['old']);
    expect(arrivals.waiting).toBe(true);
    expect(admitLinks(links, new Set(['old', 'n1', 'n2']), NONE).shown).toBe(links);
  });

  test('links no longer given are no longer drawn, whatever the budget', () => {
    const arrivals = admitLinks(['b'].map(link), new Set(['a', 'b']), NONE);
    expect(ids(arrivals.shown)).toEqual(['b']);
    expect([...arrivals.drawn]).toEqual(['b']);
  });

  test('step after step, every link is drawn, in order, never more than the limit of new ones in one step', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 10 }), (count, perStep) => {
        const links = Array.from({ length: count }, (_, i) => link(`l${i}`));
        let drawn: ReadonlySet<string> = new Set();
        let steps = 0;
        for (;;) {
          const arrivals = admitLinks(links, drawn, { atOnce: perStep, perStep });
          const fresh = arrivals.shown.filter((l) => !drawn.has(l.id)).length;
          expect(fresh).toBeLessThanOrEqual(perStep);
          expect(ids(arrivals.shown)).toEqual(ids(links).filter((id) => arrivals.drawn.has(id)));
          drawn = arrivals.drawn;
          steps++;
          if (!arrivals.waiting) break;
        }
        expect(drawn.size).toBe(count);
        expect(steps).toBe(Math.max(1, Math.ceil(count / perStep)));
      }),
    );
  });
});
