import { userEvent } from 'vitest/browser';
import { ARRIVING_AT_ONCE, ARRIVING_LINKS_PER_STEP } from '../../src-renderer/canvas/links/arrivals';
import type { ArgEdge, ArgNode } from '../../src-shared/model/map';
import { setCollapsed } from '../../src-shared/ops/foldOps';
import { renderMap } from './renderMap';

/** A thesis with `count` reasons in a row beneath it, half to each side: every link crosses the view. */
function claimWith(count: number, collapsed: boolean): { nodes: ArgNode[]; edges: ArgEdge[] } {
  const nodes: ArgNode[] = [
    { id: 'thesis', kind: 'thesis', text: 'The claim', position: { x: 0, y: 0 }, collapsed },
  ];
  const edges: ArgEdge[] = [];
  for (let i = 0; i < count; i++) {
    const x = (i - Math.floor(count / 2)) * 320;
    nodes.push({ id: `r${i}`, kind: 'premise', text: `Reason ${i + 1}`, position: { x, y: 240 } });
    edges.push({ id: `e${i}`, from: `r${i}`, to: 'thesis', relation: i % 2 ? 'opposes' : 'supports' });
  }
  return { nodes, edges };
}

const links = () => document.querySelectorAll('.react-flow__edge').length;
const cards = () => document.querySelectorAll('.react-flow__node').length;

/**
 * The links and cards in the page after each of the canvas's updates, as the page sees them: every
 * update is delivered to a mutation observer on its own (a step's batch of links is one update).
 */
function watchUpdates() {
  const seen: { links: number; cards: number }[] = [];
  const observer = new MutationObserver(() => seen.push({ links: links(), cards: cards() }));
  observer.observe(document.body, { childList: true, subtree: true });
  return {
    stop() {
      observer.disconnect();
      return seen;
    },
  };
}

/** How many links each update added, from `before`. */
const added = (before: number, seen: readonly { links: number }[]) =>
  seen.map((update, i) => update.links - (i === 0 ? before : (seen[i - 1]?.links ?? 0))).filter((n) => n > 0);

const ON_THE_CLAIM = { x: 600, y: 200, zoom: 1 };

/** A claim with `count` reasons, folded or not, and the view on it once the canvas has opened. */
async function claimOnScreen(count: number, collapsed: boolean) {
  const { nodes, edges } = claimWith(count, collapsed);
  const rendered = await renderMap(nodes, edges);
  // The canvas opens on a view that frames the map, which would replace this one.
  await expect.poll(() => rendered.flow().getViewport()).not.toEqual({ x: 0, y: 0, zoom: 1 });
  await rendered.flow().setViewport(ON_THE_CLAIM);
  return rendered;
}

/** A claim with `count` reasons unfolded, the view on it, and every link drawn. */
async function claimInView(count: number) {
  const rendered = await claimOnScreen(count, false);
  await expect.poll(links, { timeout: 5_000 }).toBe(count);
  return rendered;
}

async function unfold(count: number) {
  const { store } = await claimOnScreen(count, true);
  await expect.poll(cards).toBe(1);
  const updates = watchUpdates();
  store.getState().commit(setCollapsed(store.getState().map, { ids: ['thesis'], collapsed: false }));
  await expect.poll(links, { timeout: 5_000 }).toBe(count);
  const seen = updates.stop();
  return { batches: added(0, seen), cardsFirst: seen.find((update) => update.cards > 1) };
}

describe('links that come into view together', () => {
  test(`a claim unfolding 1,200 reasons in view draws their links ${ARRIVING_LINKS_PER_STEP} at a time at most, until all are drawn`, async () => {
    const { batches, cardsFirst } = await unfold(1200);
    // The cards come with the change; the links in the steps after it.
    expect(cardsFirst?.links).toBe(0);
    expect(Math.max(...batches)).toBeLessThanOrEqual(ARRIVING_LINKS_PER_STEP);
    expect(batches.reduce((sum, n) => sum + n, 0)).toBe(1200);
    expect(batches.length).toBeGreaterThanOrEqual(Math.ceil(1200 / ARRIVING_LINKS_PER_STEP));
  });

  test(`a claim unfolding a few reasons (${ARRIVING_AT_ONCE} or fewer) draws all their links at once, with their cards`, async () => {
    const { batches, cardsFirst } = await unfold(20);
    expect(batches).toEqual([20]);
    expect(cardsFirst?.links).toBe(20);
  });
});

describe('links that leave together', () => {
  test('a claim folding 500 reasons takes their links away with their cards, in one update', async () => {
    const { store } = await claimInView(500);
    const cardsBefore = cards();
    expect(cardsBefore).toBeGreaterThan(1);
    const updates = watchUpdates();
    store.getState().commit(setCollapsed(store.getState().map, { ids: ['thesis'], collapsed: true }));
    await expect.poll(cards, { timeout: 5_000 }).toBe(1);
    const seen = updates.stop();
    expect(links()).toBe(0);
    // No update shows the folded reasons' links without their cards, or their cards without links.
    for (const update of seen) expect(update.links > 0).toBe(update.cards > 1);
  });
});

describe('picking links with the mouse', () => {
  const click = (element: Element | null, init: MouseEventInit = {}) =>
    element?.dispatchEvent(new MouseEvent('click', { bubbles: true, ...init }));
  const band = (id: string) => document.querySelector(`[data-id="${id}"] .react-flow__edge-interaction`);

  test('a click picks a link, Shift adds another, a click on the pane lets all go', async () => {
    const { store } = await claimInView(3);
    store.getState().select(['r0']);
    click(band('e1'));
    expect([...store.getState().selectedIds]).toEqual(['e1']);
    await expect
      .poll(() => document.querySelector('[data-id="e1"]')?.classList.contains('selected'))
      .toBe(true);
    click(band('e2'), { shiftKey: true });
    expect([...store.getState().selectedIds].sort()).toEqual(['e1', 'e2']);
    click(band('e1'), { metaKey: true });
    expect([...store.getState().selectedIds]).toEqual(['e2']);
    click(document.querySelector('.react-flow__pane'));
    expect(store.getState().selectedIds.size).toBe(0);
  });

  test('the selection box takes the links of the cards it takes, and lets other links go', async () => {
    const { store } = await claimInView(3);
    store.getState().select(['e2']);
    // Around the first two reasons, wherever the view shows them: below the claim, left of the third.
    const pane = document.querySelector('.react-flow__pane') as HTMLElement;
    const box = (id: string) =>
      document.querySelector(`.react-flow__node[data-id="${id}"]`)?.getBoundingClientRect() as DOMRect;
    const [origin, first, second] = [pane.getBoundingClientRect(), box('r0'), box('r1')];
    await userEvent.keyboard('{Shift>}');
    await userEvent.dragAndDrop(pane, pane, {
      sourcePosition: { x: first.left - origin.left - 8, y: first.top - origin.top - 8 },
      targetPosition: { x: second.right - origin.left + 8, y: second.bottom - origin.top + 8 },
    });
    await userEvent.keyboard('{/Shift}');
    await expect.poll(() => [...store.getState().selectedIds].sort()).toEqual(['e0', 'e1', 'r0', 'r1']);
  });

  test('a link takes the pointer in a band around its line, above the pane and beneath the cards', async () => {
    await claimInView(2);
    const line = document.querySelector<SVGPathElement>('[data-id="e0"] .react-flow__edge-path');
    if (!line) throw new Error('no line');
    const middle = line.getPointAtLength(line.getTotalLength() / 2);
    const matrix = line.getScreenCTM() as DOMMatrix;
    const at = new DOMPoint(middle.x, middle.y).matrixTransform(matrix);
    const linkAt = (dx: number) => document.elementFromPoint(at.x + dx, at.y)?.closest('.react-flow__edge');
    expect(linkAt(0)?.getAttribute('data-id')).toBe('e0');
    expect(linkAt(6)?.getAttribute('data-id')).toBe('e0');
    expect(linkAt(40)).toBeNull();
    // Where a card lies over its link's end, the card takes the pointer.
    const claim = document.querySelector('.react-flow__node[data-id="thesis"]')?.getBoundingClientRect();
    if (!claim) throw new Error('no claim');
    const underCard = document.elementFromPoint(claim.x + claim.width / 2, claim.bottom - 2);
    expect(underCard?.closest('.react-flow__node')?.getAttribute('data-id')).toBe('thesis');
  });

  test('each link’s arrowhead is drawn in its link’s colour, at the claim’s end', async () => {
    const { nodes, edges } = claimWith(2, false);
    await renderMap(nodes, edges);
    await expect.poll(links).toBe(2);
    for (const id of ['e0', 'e1']) {
      const line = document.querySelector(`[data-id="${id}"] .react-flow__edge-path`) as SVGPathElement;
      const marker = /url\("?#([^")]+)"?\)/.exec(line.getAttribute('marker-end') ?? '')?.[1] ?? '';
      const head = document.getElementById(marker)?.querySelector('polyline') as Element;
      const stroke = getComputedStyle(line).stroke;
      expect(getComputedStyle(head).fill).toBe(stroke);
      expect(getComputedStyle(head).stroke).toBe(stroke);
    }
    const [supports, opposes] = ['e0', 'e1'].map(
      (id) =>
        getComputedStyle(document.querySelector(`[data-id="${id}"] .react-flow__edge-path`) as Element)
          .stroke,
    );
    expect(supports).not.toBe(opposes);
  });

  test('a link is named for a screen reader and reached from its cards, not by Tab', async () => {
    const { nodes, edges } = claimWith(2, false);
    await renderMap(nodes, edges);
    await expect.poll(links).toBe(2);
    const link = document.querySelector('[data-id="e1"]');
    expect(link?.getAttribute('aria-label')).toMatch(/Reason 2.*The claim/);
    expect(link?.getAttribute('aria-roledescription')).toBe('link');
    expect(link?.getAttribute('tabindex')).toBe('-1');
    expect(link?.classList.contains('relation--opposes')).toBe(true);
  });
});
