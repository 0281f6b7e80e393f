import { page } from 'vitest/browser';
import type { ArgNode } from '../../src-shared/model/map';
import { renderMap } from './renderMap';

const NODES: ArgNode[] = [
  { id: 't', kind: 'thesis', text: 'Reconciliation is possible.', position: { x: 400, y: 0 } },
  {
    id: 'p',
    kind: 'premise',
    text: 'Kishida wants a summit, and said so in parliament.',
    position: { x: 0, y: 200 },
  },
  {
    id: 'q',
    kind: 'quote',
    text: 'We must take a bold step to change the status quo,',
    position: { x: 400, y: 200 },
    quote: { speaker: 'Fumio Kishida', role: 'Prime Minister of Japan', direct: true },
  },
];

/** Each node's box as laid out (not as scaled by the zoom). */
const boxes = () =>
  [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((element) => [
    element.dataset.id,
    element.offsetWidth,
    element.offsetHeight,
  ]);

async function zoomOut(times: number) {
  for (let i = 0; i < times; i++) await page.getByRole('button', { name: 'Zoom Out' }).click();
}

describe('zoomed out past reading', () => {
  test('cards stand as silhouettes of the same size, and come back in full when zoomed in', async () => {
    await renderMap(NODES, [{ id: 'e', from: 'p', to: 't', relation: 'supports' }]);
    await expect.element(page.getByText('Fumio Kishida')).toBeVisible();
    const full = boxes();

    await zoomOut(12);
    await expect.poll(() => document.querySelectorAll('.node-card--far').length).toBe(3);
    expect(document.querySelectorAll('.node-text, .node-kind, .quote-attribution')).toHaveLength(0);
    expect(boxes()).toEqual(full);
    // From afar the link is a straight segment in one path per relation, from the reason's top to the claim's foot.
    expect(document.querySelectorAll('.react-flow__edge')).toHaveLength(0);
    const segment = document.querySelector('.far-link--supports')?.getAttribute('d') ?? '';
    const [fromX, fromY, toX, toY] = (segment.match(/-?[\d.]+/g) ?? []).map(Number);
    const box = (id: string) => boxes().find(([boxId]) => boxId === id) as [string, number, number];
    const [, premiseWidth] = box('p');
    const [, thesisWidth, thesisHeight] = box('t');
    expect([fromX, fromY]).toEqual([premiseWidth / 2, 200]);
    expect([toX, toY]).toEqual([400 + thesisWidth / 2, thesisHeight]);

    for (let i = 0; i < 12; i++) await page.getByRole('button', { name: 'Zoom In' }).click();
    await expect.element(page.getByText('Fumio Kishida')).toBeVisible();
    expect(document.querySelectorAll('.node-card--far')).toHaveLength(0);
    expect(boxes()).toEqual(full);
    await expect.poll(() => document.querySelectorAll('.react-flow__edge').length).toBe(1);
    expect(document.querySelector('.far-links')).toBeNull();
  });
});
