import { renderMap } from './renderMap';

const layer = () => document.querySelector<HTMLElement>('.canvas-dots-layer') as HTMLElement;

describe('the dot grid', () => {
  test('a dot every 24 units of the map, the layer sliding less than a tile as the view pans', async () => {
    const { flow } = await renderMap(
      [{ id: 't', kind: 'thesis', text: 'A claim', position: { x: 0, y: 0 } }],
      [],
    );
    await expect.poll(() => layer()).toBeTruthy();

    await flow().setViewport({ x: 1000, y: -50, zoom: 0.5 });
    await expect.poll(() => layer().style.backgroundSize).toBe('12px 12px');
    // 1000 = 83 tiles and 4 px; -50 = -4 tiles and -2 px: the layer starts a tile before, so it always covers.
    expect(layer().style.transform).toBe('translate(-8px, -14px)');

    await flow().setViewport({ x: 1006, y: -50, zoom: 0.5 });
    await expect.poll(() => layer().style.transform).toBe('translate(-2px, -14px)');
    expect(layer().getBoundingClientRect().width).toBeGreaterThan(
      (document.querySelector('.react-flow') as HTMLElement).getBoundingClientRect().width,
    );
  });
});
