import fc from 'fast-check';
import { linkMayShow, sameLinks, stageLinks } from '../../../src-renderer/canvas/stagedLinks';

const link = (id: string) => ({ id });
const ids = (links: readonly { id: string }[]) => links.map((l) => l.id);
const everywhere = () => () => true;

describe('which links the canvas gets in a frame', () => {
  test('a few new links are all given at once, as the same list', () => {
    const links = ['a', 'b', 'c'].map(link);
    const staged = stageLinks(links, new Set(['a']), everywhere, 2);
    expect(staged.shown).toBe(links);
    expect(staged.waiting).toBe(false);
    expect([...staged.given].sort()).toEqual(['a', 'b', 'c']);
  });

  test('many new links in view: those already given, and the first few new ones; the rest wait', () => {
    const links = ['old', 'n1', 'n2', 'n3', 'n4'].map(link);
    const staged = stageLinks(links, new Set(['old']), everywhere, 2);
    expect(ids(staged.shown)).toEqual(['old', 'n1', 'n2']);
    expect(staged.waiting).toBe(true);
  });

  test('a new link out of view is given at once: the canvas leaves it out of the page anyway', () => {
    const links = ['n1', 'far1', 'n2', 'far2', 'n3'].map(link);
    const staged = stageLinks(links, new Set(), () => (l) => !l.id.startsWith('far'), 2);
    expect(ids(staged.shown)).toEqual(['n1', 'far1', 'n2', 'far2']);
    expect(staged.waiting).toBe(true);
  });

  test('with none left to give in this frame, new links in view wait; new links out of view do not', () => {
    const links = ['old', 'n1', 'far1'].map(link);
    const staged = stageLinks(links, new Set(['old']), () => (l) => !l.id.startsWith('far'), 0);
    expect(ids(staged.shown)).toEqual(['old', 'far1']);
    expect(staged.waiting).toBe(true);
    expect(stageLinks(links, new Set(['old', 'n1', 'far1']), everywhere, 0).shown).toBe(links);
  });

  test('before the view is known, every link is given', () => {
    const links = ['n1', 'n2', 'n3'].map(link);
    expect(stageLinks(links, new Set(), () => null, 1).shown).toBe(links);
  });

  test('frame after frame, every link is given, in order, never more than the limit of new ones in one frame', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 10 }), (count, perFrame) => {
        const links = Array.from({ length: count }, (_, i) => link(`l${i}`));
        let given: ReadonlySet<string> = new Set();
        let frames = 0;
        for (;;) {
          const staged = stageLinks(links, given, everywhere, perFrame);
          const fresh = staged.shown.filter((l) => !given.has(l.id)).length;
          expect(fresh).toBeLessThanOrEqual(perFrame);
          expect(ids(staged.shown)).toEqual(ids(links).filter((id) => staged.given.has(id)));
          given = staged.given;
          frames++;
          if (!staged.waiting) break;
        }
        expect(given.size).toBe(count);
        expect(frames).toBe(Math.max(1, Math.ceil(count / perFrame)));
      }),
    );
  });

  test('lists hold the same links when their ids run the same', () => {
    expect(sameLinks(['a', 'b'].map(link), ['a', 'b'].map(link))).toBe(true);
    expect(sameLinks(['a', 'b'].map(link), ['b', 'a'].map(link))).toBe(false);
    expect(sameLinks(['a'].map(link), ['a', 'b'].map(link))).toBe(false);
  });
});

describe('whether a link may be in view', () => {
  const view = { x: 0, y: 0, width: 1000, height: 800 };
  const card = (x: number, y: number) => ({ x, y, width: 200, height: 80 });

  test('a link between two cards out of view may still cross it', () => {
    expect(linkMayShow(card(-5000, 400), card(5000, 400), view)).toBe(true);
  });

  test('a link whose cards both lie on one side of the view is out of it', () => {
    expect(linkMayShow(card(-5000, 0), card(-3000, 700), view)).toBe(false);
    expect(linkMayShow(card(0, 900), card(600, 2000), view)).toBe(false);
  });

  test('a card in view shows its links', () => {
    expect(linkMayShow(card(400, 300), card(9000, 9000), view)).toBe(true);
  });
});
