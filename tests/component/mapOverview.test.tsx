import { page, userEvent } from 'vitest/browser';
import type { ArgNode } from '../../src-shared/model/map';
import { renderMap } from './renderMap';

/** A thesis at the left end and a premise far to the right: the overview shows both, small. */
const NODES: ArgNode[] = [
  { id: 't', kind: 'thesis', text: 'The claim', position: { x: 0, y: 0 } },
  { id: 'p', kind: 'premise', text: 'A reason far away', position: { x: 6000, y: 400 } },
];

/** How many painted pixels the overview's canvas has between two x positions (CSS pixels), top to bottom. */
function paintedBetween(from: number, to: number): number {
  const canvas = document.querySelector<HTMLCanvasElement>('.map-overview-canvas') as HTMLCanvasElement;
  const ratio = canvas.width / canvas.getBoundingClientRect().width;
  const x = Math.round(from * ratio);
  const pixels =
    canvas.getContext('2d')?.getImageData(x, 0, Math.round(to * ratio) - x, canvas.height).data ?? [];
  let painted = 0;
  for (let i = 3; i < pixels.length; i += 4) if ((pixels[i] ?? 0) > 0) painted++;
  return painted;
}

describe('the overview', () => {
  test('paints every node in its kind’s colour, frames the view, and moves the view where it is pressed', async () => {
    const { flow } = await renderMap(NODES);
    const overview = page.getByRole('img', { name: 'Overview of the map' });
    await expect.element(overview).toBeVisible();
    // The thesis is painted at the overview's left end, the premise at its right, nothing between.
    await expect.poll(() => paintedBetween(0, 30)).toBeGreaterThan(0);
    expect(paintedBetween(170, 200)).toBeGreaterThan(0);
    expect(paintedBetween(40, 160)).toBe(0);

    const frame = document.querySelector<HTMLElement>('.map-overview-view') as HTMLElement;
    const before = frame.getBoundingClientRect();
    const area = document.querySelector('.map-overview-area') as HTMLElement;
    const box = area.getBoundingClientRect();
    await userEvent.click(area, { position: { x: box.width - 10, y: box.height / 2 } });
    // The view now centres on the far end of the map, where the premise is.
    await expect.poll(() => frame.getBoundingClientRect().left).toBeGreaterThan(before.left + 100);
    const viewport = flow().getViewport();
    const centreX = (600 - viewport.x) / viewport.zoom;
    expect(centreX).toBeGreaterThan(5000);

    const zoomBefore = viewport.zoom;
    area.dispatchEvent(
      new WheelEvent('wheel', { deltaY: -200, bubbles: true, clientX: box.left + 50, clientY: box.top + 50 }),
    );
    await expect.poll(() => flow().getViewport().zoom).toBeGreaterThan(zoomBefore);
  });
});
