import { userEvent } from 'vitest/browser';
import { VISIBLE_ONLY_FROM } from '../../src-renderer/canvas/visibleOnly';
import type { ArgNode } from '../../src-shared/model/map';
import { premiseRow } from './premiseRow';
import { renderMap } from './renderMap';

const map = () => document.querySelector<HTMLElement>('.react-flow') as HTMLElement;
const card = (id: string) => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`);

describe('the keyboard reaches a large map whose selected card is out of view', () => {
  test('the map takes the tab stop; arriving there brings the selected card into view and focuses it', async () => {
    const { nodes, edges } = premiseRow(VISIBLE_ONLY_FROM + 100);
    const { store, flow } = await renderMap(nodes, edges);
    store.getState().select(['n2']);
    await expect.poll(() => card('n2')?.getAttribute('tabindex')).toBe('0');
    // While the tab-stop card is drawn, it is the only stop: the map itself is not one.
    expect(map().hasAttribute('tabindex')).toBe(false);

    const last = nodes.at(-1) as ArgNode;
    await flow().setViewport({ x: -last.position.x + 200, y: 0, zoom: 1 });
    await expect.poll(() => card('n2')).toBeNull();
    await expect.poll(() => map().getAttribute('tabindex')).toBe('0');

    map().focus();
    await expect.poll(() => document.activeElement === card('n2')).toBe(true);
    expect([...store.getState().selectedIds]).toEqual(['n2']);
    await expect.poll(() => map().hasAttribute('tabindex')).toBe(false);
  });

  test('a click on the empty canvas focuses the map without moving the view or selecting', async () => {
    const { nodes, edges } = premiseRow(VISIBLE_ONLY_FROM + 100);
    const { store, flow } = await renderMap(nodes, edges);
    const last = nodes.at(-1) as ArgNode;
    const away = { x: -last.position.x + 200, y: 0, zoom: 1 };
    await flow().setViewport(away);
    await expect.poll(() => map().getAttribute('tabindex')).toBe('0');

    const pane = document.querySelector('.react-flow__pane') as HTMLElement;
    await userEvent.click(pane, { position: { x: 100, y: 500 } });
    await new Promise((done) => setTimeout(done, 300));
    expect(flow().getViewport()).toEqual(away);
    expect(store.getState().selectedIds.size).toBe(0);
  });
});
