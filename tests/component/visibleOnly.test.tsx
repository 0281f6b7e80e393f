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
    // The link is one path of the pieces near the view, each piece a curve of its own ("M … C …").
    const line = () => document.querySelector('[data-id="cross"] path.react-flow__edge-path');
    const pieces = () => line()?.getAttribute('d')?.match(/M/g)?.length ?? 0;
    await expect.poll(pieces).toBeGreaterThan(0);
    expect(pieces()).toBeLessThan(15);
    // Its end at the thesis is among them: it carries the arrowhead.
    expect(line()?.getAttribute('marker-end')).toBeTruthy();
    // The hit area follows the drawn pieces.
    const hit = document.querySelector('[data-id="cross"] path.react-flow__edge-interaction');
    expect(hit?.getAttribute('d')).toBe(line()?.getAttribute('d'));

    await flow().setViewport({ x: -last.position.x + 200, y: 0, zoom: 1 });
    await expect.poll(() => line()?.getAttribute('marker-end') ?? null).toBe(null);
    expect(pieces()).toBeGreaterThan(0);
    expect(pieces()).toBeLessThan(15);
  });
});
