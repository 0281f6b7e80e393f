import { VISIBLE_ONLY_FROM } from '../../src-renderer/canvas/visibleOnly';
import { estimateNodeSize } from '../../src-shared/layout/nodeSize';
import type { ArgEdge, ArgNode } from '../../src-shared/model/map';
import { renderMap } from './renderMap';

/** The size stored on every fifth card, as if it had been drawn and saved before. */
const STORED = { width: 236, height: 132 };

/** A chain of premises from a thesis, each backing the one before, 320 px apart: far wider than the canvas. */
function row(count: number): { nodes: ArgNode[]; edges: ArgEdge[] } {
  const nodes: ArgNode[] = [{ id: 'n0', kind: 'thesis', text: 'The claim', position: { x: 0, y: 0 } }];
  const edges: ArgEdge[] = [];
  for (let i = 1; i < count; i++) {
    const text = `Reason ${i}: ${'and a long stretch of words that wraps '.repeat(i % 4)}`;
    nodes.push({
      id: `n${i}`,
      kind: 'premise',
      text,
      position: { x: i * 320, y: 0 },
      ...(i % 5 === 0 ? { size: STORED } : {}),
    });
    edges.push({ id: `e${i}`, from: `n${i}`, to: `n${i - 1}`, relation: 'supports' });
  }
  return { nodes, edges };
}

/** Every card id that was ever in the page, from before the canvas mounts. */
function watchDrawn(): { ever: Set<string>; stop(): void } {
  const ever = new Set<string>();
  const observer = new MutationObserver(() => {
    for (const element of document.querySelectorAll<HTMLElement>('.react-flow__node'))
      ever.add(element.dataset.id ?? '');
  });
  observer.observe(document.body, { childList: true, subtree: true });
  return { ever, stop: () => observer.disconnect() };
}

const silhouettes = () =>
  new Map(
    [...document.querySelectorAll<HTMLElement>('.react-flow__node')]
      .filter((element) => element.querySelector('.node-card--far'))
      .map((element) => [element.dataset.id, { width: element.offsetWidth, height: element.offsetHeight }]),
  );

describe('cards of known size need no measuring', () => {
  test('a large map draws only the cards in view, never every card once to measure it', async () => {
    const { nodes, edges } = row(VISIBLE_ONLY_FROM + 100);
    const drawn = watchDrawn();
    const { flow } = await renderMap(nodes, edges);
    await expect.poll(() => drawn.ever.has('n1')).toBe(true);
    await new Promise((done) => setTimeout(done, 300));
    drawn.stop();
    expect(drawn.ever.size).toBeLessThan(40);
    expect(drawn.ever.has(`n${nodes.length - 1}`)).toBe(false);

    // A card never drawn stands on the canvas at the size layout planned: its stored size, else the estimate.
    const stored = nodes[nodes.length - 5] as ArgNode;
    const estimated = nodes[nodes.length - 2] as ArgNode;
    expect(drawn.ever.has(stored.id) || drawn.ever.has(estimated.id)).toBe(false);
    expect(flow().getNodesBounds([stored.id])).toMatchObject(STORED);
    expect(flow().getNodesBounds([estimated.id])).toMatchObject(estimateNodeSize(estimated));
  });

  test('a card drawn before it was ever measured (from afar) has the size layout planned', async () => {
    const { nodes, edges } = row(VISIBLE_ONLY_FROM + 100);
    const { flow, store } = await renderMap(nodes, edges);
    await expect.poll(() => document.querySelectorAll('.react-flow__node').length).toBeGreaterThan(0);
    // Far along the row, zoomed out past reading: these cards appear first as silhouettes, unmeasured.
    // (Selected: from afar a large map paints the others on a canvas, from the same planned sizes.)
    const target = nodes[nodes.length - 40] as ArgNode;
    store.getState().select(nodes.slice(-60, -20).map((node) => node.id));
    await new Promise((done) => setTimeout(done, 300));
    await flow().setViewport({ x: -target.position.x * 0.2, y: 100, zoom: 0.2 });
    await expect.poll(() => silhouettes().size).toBeGreaterThan(10);
    const shown = silhouettes();
    for (const node of nodes.filter((candidate) => shown.has(candidate.id)))
      expect(shown.get(node.id)).toEqual(node.size ?? estimateNodeSize(node));
    expect(nodes.filter((node) => node.size && shown.has(node.id)).length).toBeGreaterThan(0);
  });
});
