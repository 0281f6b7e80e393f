import {
  centredOn,
  fitFrame,
  fromOverview,
  toOverview,
  visibleArea,
} from '../../../src-renderer/canvas/overview/overviewGeometry';

describe('the overview’s geometry', () => {
  test('a wide map fills the width, centred in height, proportions kept; points map there and back', () => {
    const frame = fitFrame({ x: 1000, y: 0, width: 4000, height: 500 }, { width: 200, height: 150 }, 10);
    expect(frame.scale).toBeCloseTo(180 / 4000);
    expect(toOverview(frame, { x: 1000, y: 0, width: 4000, height: 500 })).toEqual({
      x: 10,
      y: (150 - 500 * frame.scale) / 2,
      width: 180,
      height: 500 * frame.scale,
    });
    const point = { x: 2345, y: 321 };
    const drawn = toOverview(frame, { ...point, width: 0, height: 0 });
    const back = fromOverview(frame, drawn);
    expect(back.x).toBeCloseTo(point.x);
    expect(back.y).toBeCloseTo(point.y);
  });

  test('the area in view follows the transform, and centring on a point puts it mid-pane', () => {
    const pane = { width: 1000, height: 600 };
    expect(visibleArea([-200, 100, 0.5], pane)).toEqual({ x: 400, y: -200, width: 2000, height: 1200 });
    const viewport = centredOn({ x: 300, y: 50 }, 2, pane);
    const area = visibleArea([viewport.x, viewport.y, viewport.zoom], pane);
    expect(area.x + area.width / 2).toBeCloseTo(300);
    expect(area.y + area.height / 2).toBeCloseTo(50);
  });
});
