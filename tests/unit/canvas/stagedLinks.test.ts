import fc from 'fast-check';
import {
  linkMayShow,
  nextStep,
  nothingGiven,
  type Step,
  type StepBudget,
  sameLinks,
  stageLinks,
} from '../../../src-renderer/canvas/stagedLinks';

const link = (id: string) => ({ id });
const ids = (links: readonly { id: string }[]) => links.map((l) => l.id);
const everywhere = () => () => true;

describe('which links the canvas gets in a step', () => {
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

  test('with none left to give in this step, new links in view wait; new links out of view do not', () => {
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

  test('step after step, every link is given, in order, never more than the limit of new ones in one step', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 10 }), (count, perStep) => {
        const links = Array.from({ length: count }, (_, i) => link(`l${i}`));
        let given: ReadonlySet<string> = new Set();
        let steps = 0;
        for (;;) {
          const staged = stageLinks(links, given, everywhere, perStep);
          const fresh = staged.shown.filter((l) => !given.has(l.id)).length;
          expect(fresh).toBeLessThanOrEqual(perStep);
          expect(ids(staged.shown)).toEqual(ids(links).filter((id) => staged.given.has(id)));
          given = staged.given;
          steps++;
          if (!staged.waiting) break;
        }
        expect(given.size).toBe(count);
        expect(steps).toBe(Math.max(1, Math.ceil(count / perStep)));
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

describe('links that leave many at once', () => {
  interface Card {
    id: string;
  }
  interface Joining {
    id: string;
    source: string;
    target: string;
  }
  const budget: StepBudget = { arriving: 100, leaving: 3 };
  /** A claim and `count` reasons, each joined to it. */
  const claimWith = (count: number) => {
    const nodes: Card[] = [{ id: 'claim' }];
    const links: Joining[] = [];
    for (let i = 0; i < count; i++) {
      nodes.push({ id: `r${i}` });
      links.push({ id: `l${i}`, source: `r${i}`, target: 'claim' });
    }
    return { nodes, links };
  };
  const onlyTheClaim = (nodes: Card[]) => nodes.filter((node) => node.id === 'claim');
  /** What the canvas gets once it has drawn `nodes` and `links` and nothing waits. */
  const drawn = (nodes: Card[], links: Joining[]): Step<Joining, Card> =>
    nextStep(links, nodes, nothingGiven<Joining, Card>(), everywhere, budget);

  test('a few links leave at once, with their cards', () => {
    const { nodes, links } = claimWith(3);
    const claim = onlyTheClaim(nodes);
    const step = nextStep([], claim, drawn(nodes, links), everywhere, budget);
    expect(step.shown).toEqual([]);
    expect(step.nodes).toBe(claim);
    expect(step.waiting).toBe(false);
  });

  test('many leave after the step that shows the change, a few a step, and their cards last, in a step of their own', () => {
    const { nodes, links } = claimWith(7);
    // The folded claim is drawn anew (its badge); the reasons are no longer asked for.
    const claim = [{ id: 'claim' }];
    let step = drawn(nodes, links);
    const seen: { links: string[]; cards: number }[] = [];
    for (let i = 0; i < 10 && (i === 0 || step.waiting); i++) {
      step = nextStep([], claim, step, everywhere, budget);
      seen.push({ links: ids(step.shown), cards: step.nodes.length });
    }
    expect(seen).toEqual([
      { links: ['l0', 'l1', 'l2', 'l3', 'l4', 'l5', 'l6'], cards: 8 },
      { links: ['l3', 'l4', 'l5', 'l6'], cards: 8 },
      { links: ['l6'], cards: 8 },
      { links: [], cards: 8 },
      { links: [], cards: 1 },
    ]);
    expect(step.nodes).toBe(claim);
    expect(step.waiting).toBe(false);
  });

  test('the first step keeps the claim as asked for, and the cards of the links that stay as they were', () => {
    const { nodes, links } = claimWith(5);
    const claim = [{ id: 'claim' }];
    const step = nextStep([], claim, drawn(nodes, links), everywhere, budget);
    expect(step.nodes[0]).toBe(claim[0]);
    expect(step.nodes.slice(1)).toEqual(nodes.slice(1));
    expect(step.nodes[1]).toBe(nodes[1]);
  });

  test('while links leave, the cards are the same list from step to step', () => {
    const { nodes, links } = claimWith(8);
    const claim = onlyTheClaim(nodes);
    const first = nextStep([], claim, drawn(nodes, links), everywhere, budget);
    const second = nextStep([], claim, first, everywhere, budget);
    const third = nextStep([], claim, second, everywhere, budget);
    expect(second.nodes).toBe(first.nodes);
    expect(third.nodes).toBe(first.nodes);
  });

  test('cards asked for anew while links leave (the claim measured again) keep those kept until the end', () => {
    const { nodes, links } = claimWith(8);
    let step = nextStep([], onlyTheClaim(nodes), drawn(nodes, links), everywhere, budget);
    const kept = step.nodes.slice(1);
    for (let i = 0; step.waiting && i < 10; i++) {
      const claimAgain = [{ id: 'claim' }];
      step = nextStep([], claimAgain, step, everywhere, budget);
      if (step.shown.length > 0) expect(step.nodes).toEqual([claimAgain[0], ...kept]);
    }
    expect(step.nodes.map((node) => node.id)).toEqual(['claim']);
  });

  test('a second claim folding while the first one’s links leave keeps its cards too, until its links have gone', () => {
    const first = claimWith(6);
    const second = {
      nodes: first.nodes.map((node) => ({ id: `b-${node.id}` })),
      links: first.links.map((link) => ({
        id: `b-${link.id}`,
        source: `b-${link.source}`,
        target: `b-${link.target}`,
      })),
    };
    const both = drawn([...first.nodes, ...second.nodes], [...first.links, ...second.links]);
    const claims = [first.nodes[0] as Card, second.nodes[0] as Card];
    let step = nextStep(second.links, [first.nodes[0] as Card, ...second.nodes], both, everywhere, budget);
    step = nextStep(second.links, [first.nodes[0] as Card, ...second.nodes], step, everywhere, budget);
    step = nextStep([], claims, step, everywhere, budget);
    for (let i = 0; i < 20; i++) {
      const cards = new Set(step.nodes.map((node) => node.id));
      for (const link of step.shown) expect(cards.has(link.source) && cards.has(link.target)).toBe(true);
      if (!step.waiting) break;
      step = nextStep([], claims, step, everywhere, budget);
    }
    expect(step.shown).toEqual([]);
    expect(step.nodes).toBe(claims);
  });

  test('a second render within a step lets nothing leave', () => {
    const { nodes, links } = claimWith(8);
    const claim = onlyTheClaim(nodes);
    const first = nextStep([], claim, drawn(nodes, links), everywhere, budget);
    const again = nextStep([], claim, first, everywhere, { arriving: 0, leaving: 0 });
    expect(ids(again.shown)).toEqual(ids(first.shown));
    expect(again.waiting).toBe(true);
  });

  test('links that come back while leaving are given again at once, with their cards', () => {
    const { nodes, links } = claimWith(8);
    const claim = onlyTheClaim(nodes);
    const leaving = nextStep(
      [],
      claim,
      nextStep([], claim, drawn(nodes, links), everywhere, budget),
      everywhere,
      budget,
    );
    const back = nextStep(links, nodes, leaving, everywhere, budget);
    expect(ids(back.shown).sort()).toEqual(ids(links).sort());
    expect(back.nodes).toBe(nodes);
  });

  test('step after step, a link never outlives its cards, at most the limit leave in a step, and all leave', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 8 }), (count, leaving) => {
        const { nodes, links } = claimWith(count);
        const claim = onlyTheClaim(nodes);
        let step = drawn(nodes, links);
        let steps = 0;
        do {
          const before = step.shown.length;
          step = nextStep([], claim, step, everywhere, { arriving: 100, leaving });
          steps++;
          expect(before - step.shown.length).toBeLessThanOrEqual(Math.min(count, leaving));
          const cards = new Set(step.nodes.map((node) => node.id));
          for (const link of step.shown) expect(cards.has(link.source) && cards.has(link.target)).toBe(true);
        } while (step.waiting && steps < 100);
        expect(step.shown).toEqual([]);
        expect(step.nodes).toBe(claim);
        expect(steps).toBe(count > leaving ? Math.ceil(count / leaving) + 2 : 1);
      }),
    );
  });
});
