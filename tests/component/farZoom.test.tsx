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

/**
 * Presses a zoom button until `reached` holds. Each press animates for 200 ms and a press during the
 * animation starts from wherever it has got to, so how far a number of presses goes depends on timing.
 */
async function zoomUntil(button: 'Zoom In' | 'Zoom Out', reached: () => boolean) {
  await expect
    .poll(
      async () => {
        if (!reached()) await page.getByRole('button', { name: button }).click();
        return reached();
      },
      { timeout: 15_000, interval: 250 },
    )
    .toBe(true);
}

describe('zoomed out past reading', () => {
  test('cards stand as silhouettes of the same size, and come back in full when zoomed in', async () => {
    await renderMap(NODES, [{ id: 'e', from: 'p', to: 't', relation: 'supports' }]);
    await expect.element(page.getByText('Fumio Kishida')).toBeVisible();
    const full = boxes();

    await zoomUntil('Zoom Out', () => document.querySelectorAll('.node-card--far').length === 3);
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

    await zoomUntil('Zoom In', () => document.querySelectorAll('.node-card--far').length === 0);
    await expect.element(page.getByText('Fumio Kishida')).toBeVisible();
    expect(document.querySelectorAll('.node-card--far')).toHaveLength(0);
    expect(boxes()).toEqual(full);
    await expect.poll(() => document.querySelectorAll('.react-flow__edge').length).toBe(1);
    expect(document.querySelector('.far-links')).toBeNull();
  });
});
