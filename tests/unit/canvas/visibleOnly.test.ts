import { drawsVisibleOnly, VISIBLE_ONLY_FROM } from '../../../src-renderer/canvas/visibleOnly';

describe('which maps the canvas draws only where the view is', () => {
  test('large maps are drawn visible-only; smaller ones whole', () => {
    expect(drawsVisibleOnly(VISIBLE_ONLY_FROM, '')).toBe(true);
    expect(drawsVisibleOnly(5_000, '?lang=en')).toBe(true);
    expect(drawsVisibleOnly(VISIBLE_ONLY_FROM - 1, '')).toBe(false);
    expect(drawsVisibleOnly(0, '')).toBe(false);
  });

  test('?render=all keeps every node in the page at any size', () => {
    expect(drawsVisibleOnly(5_000, '?render=all')).toBe(false);
    expect(drawsVisibleOnly(5_000, '?render=visible')).toBe(true);
  });
});
