import { ARRIVING_LINKS_PER_STEP, LEAVING_LINKS_PER_STEP } from '../../src-renderer/canvas/stagedLinks';
import { VISIBLE_ONLY_FROM } from '../../src-renderer/canvas/visibleOnly';
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
    edges.push({ id: `e${i}`, from: `r${i}`, to: 'thesis', relation: 'supports' });
  }
  return { nodes, edges };
}

const links = () => document.querySelectorAll('.react-flow__edge').length;

/**
 * How many links each of the canvas's updates adds, as the page sees them: every update of the page is
 * delivered to a mutation observer on its own (a frame's release of waiting links is one update).
 */
function linksPerUpdate() {
  const added: number[] = [];
  let before = links();
  const observer = new MutationObserver(() => {
    const now = links();
    if (now !== before) added.push(now - before);
    before = now;
  });
  observer.observe(document.body, { childList: true, subtree: true });
  return {
    stop() {
      observer.disconnect();
      return added;
    },
  };
}

/** The view on the thesis, or far from every card and link. */
const ON_THE_CLAIM = { x: 600, y: 200, zoom: 1 };
const FAR_AWAY = { x: 600, y: -100_000, zoom: 1 };

async function unfold(count: number, view = ON_THE_CLAIM) {
  const { nodes, edges } = claimWith(count, true);
  const { store, flow } = await renderMap(nodes, edges);
  await flow().setViewport(view);
  await expect.poll(() => document.querySelectorAll('.react-flow__node').length).toBe(1);
  const updates = linksPerUpdate();
  store.getState().commit(setCollapsed(store.getState().map, { ids: ['thesis'], collapsed: false }));
  await expect.poll(links, { timeout: 5_000 }).toBe(count);
  return updates.stop();
}

describe('links that come into view together', () => {
  test(`a claim unfolding 400 reasons in view draws their links ${ARRIVING_LINKS_PER_STEP} at a time at most, until all are drawn`, async () => {
    const added = await unfold(400);
    expect(Math.max(...added)).toBeLessThanOrEqual(ARRIVING_LINKS_PER_STEP);
    expect(added.reduce((sum, n) => sum + n, 0)).toBe(400);
    expect(added.length).toBeGreaterThanOrEqual(Math.ceil(400 / ARRIVING_LINKS_PER_STEP));
  });

  test(`below ${VISIBLE_ONLY_FROM} nodes, where every link is in the page, links out of view come ${ARRIVING_LINKS_PER_STEP} at a time too`, async () => {
    const added = await unfold(250, FAR_AWAY);
    expect(Math.max(...added)).toBeLessThanOrEqual(ARRIVING_LINKS_PER_STEP);
    expect(added.reduce((sum, n) => sum + n, 0)).toBe(250);
  });

  test('a claim unfolding a few reasons draws all their links at once, with the cards', async () => {
    const added = await unfold(20);
    expect(added).toEqual([20]);
  });
});

const cards = () => document.querySelectorAll('.react-flow__node').length;

describe('links that leave together', () => {
  test(`a claim folding 500 reasons in view takes their links out ${LEAVING_LINKS_PER_STEP} at a time at most, and their cards only once the links are gone`, async () => {
    const { nodes, edges } = claimWith(500, false);
    const { store, flow } = await renderMap(nodes, edges);
    await flow().setViewport(ON_THE_CLAIM);
    await expect.poll(links, { timeout: 5_000 }).toBe(500);
    const seen: { links: number; cards: number }[] = [];
    const observer = new MutationObserver(() => seen.push({ links: links(), cards: cards() }));
    observer.observe(document.body, { childList: true, subtree: true });
    const cardsBefore = cards();
    store.getState().commit(setCollapsed(store.getState().map, { ids: ['thesis'], collapsed: true }));
    await expect.poll(cards, { timeout: 5_000 }).toBe(1);
    observer.disconnect();
    expect(links()).toBe(0);
    const linkCounts = [500, ...seen.map((update) => update.links)];
    const removed = linkCounts.slice(1).map((count, i) => (linkCounts[i] ?? 0) - count);
    expect(Math.max(...removed)).toBeLessThanOrEqual(LEAVING_LINKS_PER_STEP);
    expect(removed.filter((count) => count > 0).length).toBe(Math.ceil(500 / LEAVING_LINKS_PER_STEP));
    // The reasons' cards stay while any of their links is drawn.
    expect(cardsBefore).toBeGreaterThan(1);
    for (const update of seen) if (update.links > 0) expect(update.cards).toBe(cardsBefore);
  });
});
