import { VISIBLE_ONLY_FROM } from '../../src-renderer/canvas/visibleOnly';
import type { ArgNode } from '../../src-shared/model/map';
import { premiseRow } from './premiseRow';
import { renderMap } from './renderMap';

const drawnIds = () =>
  [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((element) => element.dataset.id);

describe('a large map is drawn only where the view is', () => {
  test(`from ${VISIBLE_ONLY_FROM} nodes, only the nodes in view are in the page; moving the view brings the others`, async () => {
    const { nodes, edges } = premiseRow(VISIBLE_ONLY_FROM + 100);
    const { flow } = await renderMap(nodes, edges);
    await expect.poll(() => drawnIds().includes('n1')).toBe(true);
    await expect.poll(() => drawnIds().length, { timeout: 5_000 }).toBeLessThan(40);
    expect(drawnIds()).not.toContain(`n${nodes.length - 1}`);
    expect(document.querySelectorAll('.react-flow__edge').length).toBeLessThan(40);

    const last = nodes.at(-1) as ArgNode;
    await flow().setViewport({ x: -last.position.x + 200, y: 0, zoom: 1 });
    await expect.poll(drawnIds).toContain(last.id);
    expect(drawnIds()).not.toContain('n1');
    expect(drawnIds().length).toBeLessThan(40);
  });

  test(`below ${VISIBLE_ONLY_FROM} nodes, every node stays in the page, in view or not`, async () => {
    const { nodes, edges } = premiseRow(VISIBLE_ONLY_FROM - 1);
    await renderMap(nodes, edges);
    await expect.poll(() => drawnIds().length).toBe(nodes.length);
    await expect.poll(() => document.querySelectorAll('.react-flow__edge').length).toBe(edges.length);
  });

  test('a long link keeps only its pieces near the view in the page; moving the view brings the others', async () => {
    const { nodes, edges } = premiseRow(VISIBLE_ONLY_FROM + 100);
    const last = nodes.at(-1) as ArgNode;
    // A cross link from the far end back to the thesis, over 100,000 px long: a hundred pieces and more.
    edges.push({ id: 'cross', from: last.id, to: 'n0', relation: 'supports' });
    const { flow } = await renderMap(nodes, edges);
    const pieces = () => document.querySelectorAll('[data-id="cross"] path.react-flow__edge-path');
    await expect.poll(() => pieces().length).toBeGreaterThan(0);
    expect(pieces().length).toBeLessThan(15);
    // The piece at the thesis carries the arrowhead.
    expect([...pieces()].some((piece) => piece.getAttribute('marker-end'))).toBe(true);
    // One hit area follows the drawn pieces.
    const hits = document.querySelectorAll('[data-id="cross"] path.react-flow__edge-interaction');
    expect(hits).toHaveLength(1);
    expect(hits[0]?.getAttribute('d')).toBe([...pieces()].map((piece) => piece.getAttribute('d')).join(' '));

    await flow().setViewport({ x: -last.position.x + 200, y: 0, zoom: 1 });
    await expect.poll(() => [...pieces()].some((piece) => piece.getAttribute('marker-end'))).toBe(false);
    expect(pieces().length).toBeGreaterThan(0);
    expect(pieces().length).toBeLessThan(15);
  });
});
