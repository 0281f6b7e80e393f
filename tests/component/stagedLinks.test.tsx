import { LINKS_PER_FRAME } from '../../src-renderer/canvas/stagedLinks';
import { VISIBLE_ONLY_FROM } from '../../src-renderer/canvas/visibleOnly';
import type { ArgEdge, ArgNode } from '../../src-shared/model/map';
import { setCollapsed } from '../../src-shared/ops/foldOps';
import { renderMap } from './renderMap';

/** A folded thesis with `count` reasons in a row beneath it, half to each side: every link crosses the view. */
function foldedClaim(count: number): { nodes: ArgNode[]; edges: ArgEdge[] } {
  const nodes: ArgNode[] = [
    { id: 'thesis', kind: 'thesis', text: 'The claim', position: { x: 0, y: 0 }, collapsed: true },
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
  const { nodes, edges } = foldedClaim(count);
  const { store, flow } = await renderMap(nodes, edges);
  await flow().setViewport(view);
  await expect.poll(() => document.querySelectorAll('.react-flow__node').length).toBe(1);
  const updates = linksPerUpdate();
  store.getState().commit(setCollapsed(store.getState().map, { ids: ['thesis'], collapsed: false }));
  await expect.poll(links, { timeout: 5_000 }).toBe(count);
  return updates.stop();
}

describe('links that come into view together', () => {
  test(`a claim unfolding 400 reasons in view draws their links ${LINKS_PER_FRAME} at a time at most, until all are drawn`, async () => {
    const added = await unfold(400);
    expect(Math.max(...added)).toBeLessThanOrEqual(LINKS_PER_FRAME);
    expect(added.reduce((sum, n) => sum + n, 0)).toBe(400);
    expect(added.length).toBeGreaterThanOrEqual(Math.ceil(400 / LINKS_PER_FRAME));
  });

  test(`below ${VISIBLE_ONLY_FROM} nodes, where every link is in the page, links out of view come ${LINKS_PER_FRAME} at a time too`, async () => {
    const added = await unfold(250, FAR_AWAY);
    expect(Math.max(...added)).toBeLessThanOrEqual(LINKS_PER_FRAME);
    expect(added.reduce((sum, n) => sum + n, 0)).toBe(250);
  });

  test('a claim unfolding a few reasons draws all their links at once, with the cards', async () => {
    const added = await unfold(20);
    expect(added).toEqual([20]);
  });
});
