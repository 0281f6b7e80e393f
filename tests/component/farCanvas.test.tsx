import { userEvent } from 'vitest/browser';
import { VISIBLE_ONLY_FROM } from '../../src-renderer/canvas/visibleOnly';
import { plannedSize } from '../../src-shared/layout/nodeSize';
import type { ArgNode } from '../../src-shared/model/map';
import { premiseRow } from './premiseRow';
import { renderMap } from './renderMap';

const drawnIds = () =>
  [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((element) => element.dataset.id);
const VIEW = { x: 10, y: 300, zoom: 0.1 };

/** Where a node's centre is on the canvas at VIEW, in CSS pixels from the canvas's corner. */
function centreOf(node: ArgNode) {
  const { width, height } = plannedSize(node);
  return {
    x: VIEW.x + (node.position.x + width / 2) * VIEW.zoom,
    y: VIEW.y + (node.position.y + height / 2) * VIEW.zoom,
  };
}

/** Whether the far canvas has paint at a point (CSS pixels from its corner). */
function paintedAt(point: { x: number; y: number }): boolean {
  const canvas = document.querySelector<HTMLCanvasElement>('.far-canvas canvas');
  const ratio = window.devicePixelRatio || 1;
  const pixel = canvas
    ?.getContext('2d')
    ?.getImageData(Math.round(point.x * ratio), Math.round(point.y * ratio), 1, 1);
  return (pixel?.data[3] ?? 0) > 0;
}

describe('a large map zoomed out past reading', () => {
  test('is painted on one canvas; a click on a card selects it, and zooming in brings every card back', async () => {
    const { nodes, edges } = premiseRow(VISIBLE_ONLY_FROM + 100);
    const { flow, store } = await renderMap(nodes, edges);
    await flow().setViewport(VIEW);

    // Only the tab stop (the thesis, in view) stays a card in the page; the others are paint.
    await expect.poll(() => document.querySelector('.far-canvas canvas')).not.toBeNull();
    await expect.poll(drawnIds).toEqual(['n0']);
    expect(document.querySelectorAll('.react-flow__edge')).toHaveLength(0);
    const third = nodes[3] as ArgNode;
    const centre = centreOf(third);
    await expect.poll(() => paintedAt(centre)).toBe(true);
    expect(paintedAt({ x: centre.x, y: VIEW.y - 40 })).toBe(false);

    const pane = document.querySelector('.react-flow__pane') as HTMLElement;
    await userEvent.click(pane, { position: centre });
    await expect.poll(() => [...store.getState().selectedIds]).toEqual([third.id]);
    await expect.poll(drawnIds).toContain(third.id);
    const card = document.querySelector(`.react-flow__node[data-id="${third.id}"]`);
    expect(card?.getAttribute('aria-selected')).toBe('true');

    // A click between cards selects nothing.
    await userEvent.click(pane, { position: { x: centre.x, y: VIEW.y - 40 } });
    await expect.poll(() => store.getState().selectedIds.size).toBe(0);

    await flow().setViewport({ x: 0, y: 300, zoom: 1 });
    await expect.poll(() => document.querySelector('.far-canvas')).toBeNull();
    await expect.poll(() => drawnIds().length).toBeGreaterThan(2);
    expect(drawnIds()).toContain('n1');
  });

  test('the selection box takes the painted cards wholly inside it', async () => {
    const { nodes, edges } = premiseRow(VISIBLE_ONLY_FROM + 100);
    const { flow, store } = await renderMap(nodes, edges);
    await flow().setViewport(VIEW);
    await expect.poll(drawnIds).toEqual(['n0']);
    // From just before the third reason to between the fifth and the sixth, above the row to below it.
    const third = centreOf(nodes[3] as ArgNode);
    const fifth = centreOf(nodes[5] as ArgNode);
    const sixth = centreOf(nodes[6] as ArgNode);
    const pane = document.querySelector('.react-flow__pane') as HTMLElement;
    await userEvent.keyboard('{Shift>}');
    await userEvent.dragAndDrop(pane, pane, {
      sourcePosition: { x: third.x - (sixth.x - fifth.x) / 2, y: VIEW.y - 20 },
      targetPosition: { x: (fifth.x + sixth.x) / 2 + 4, y: VIEW.y + 30 },
    });
    await userEvent.keyboard('{/Shift}');
    await expect.poll(() => [...store.getState().selectedIds].sort()).toEqual(['n3', 'n4', 'n5']);
  });
});
