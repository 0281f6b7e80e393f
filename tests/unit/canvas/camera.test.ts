import type { ReactFlowState } from '@xyflow/react';
import { cameraState, frameBox, minZoomFor, wholeMapViewport } from '../../../src-renderer/canvas/camera';
import type { ArgFlowNode } from '../../../src-renderer/canvas/toFlow';

const SCREEN = { width: 1000, height: 800 };
const card = (id: string, x: number, y: number): ArgFlowNode => ({
  id,
  type: 'premise',
  position: { x, y },
  data: { node: { id, kind: 'premise', text: 'A reason', position: { x, y } } },
  measured: { width: 200, height: 80 },
});

/** The canvas's state with these nodes, at this view. */
const canvas = (nodes: ArgFlowNode[], transform: [number, number, number], minZoom = 0.1) =>
  ({ nodes, transform, minZoom, maxZoom: 2.5, ...SCREEN }) as unknown as ReactFlowState;

describe('the camera', () => {
  test('frames a box whole and centred, never past 100%', () => {
    const view = frameBox({ minX: 0, minY: 0, maxX: 4000, maxY: 400 }, SCREEN);
    expect(view.zoom).toBeCloseTo((1000 / 4000) * 0.88);
    expect(view.x + 2000 * view.zoom).toBeCloseTo(500);
    expect(frameBox({ minX: 0, minY: 0, maxX: 100, maxY: 50 }, SCREEN).zoom).toBe(1);
  });

  test('lets a map of any width be zoomed out until it fits', () => {
    const strip = { minX: 0, minY: 0, maxX: 100_000, maxY: 1000 };
    expect(minZoomFor(strip, SCREEN)).toBeCloseTo(frameBox(strip, SCREEN).zoom);
    expect(minZoomFor(strip, SCREEN)).toBeLessThan(0.01);
    expect(minZoomFor({ minX: 0, minY: 0, maxX: 500, maxY: 300 }, SCREEN)).toBe(0.1);
  });

  test('says which zoom commands would do something from the current view', () => {
    const nodes = [card('a', 0, 0), card('b', 3000, 600)];
    const whole = wholeMapViewport(canvas(nodes, [0, 0, 1]));
    if (!whole) throw new Error('no view of the whole map');
    expect(cameraState(canvas(nodes, [whole.x, whole.y, whole.zoom]))).toMatchObject({ canFit: false });
    expect(cameraState(canvas(nodes, [0, 0, 1]))).toEqual({
      canZoomIn: true,
      canZoomOut: true,
      canFit: true,
      canActualSize: false,
    });
    expect(cameraState(canvas(nodes, [0, 0, 2.5]))).toMatchObject({ canZoomIn: false, canZoomOut: true });
    expect(cameraState(canvas(nodes, [0, 0, 0.1]))).toMatchObject({ canZoomIn: true, canZoomOut: false });
  });
});
