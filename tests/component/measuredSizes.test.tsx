import { renderHook } from 'vitest-browser-react';
import { useMeasuredSizes } from '../../src-renderer/canvas/useMeasuredSizes';

const card = { width: 240, height: 96 };

/** A size as React Flow reports it, among its node changes. */
const measuredAs = (id: string, dimensions: { width: number; height: number }) =>
  ({ type: 'dimensions', id, dimensions }) as const;

async function sizesHook(moving: boolean) {
  return renderHook((props?: { moving: boolean }) => useMeasuredSizes(props?.moving ?? false), {
    initialProps: { moving },
  });
}

describe('the sizes React Flow measures, as the canvas takes them in', () => {
  test('at rest, a measured size is taken in at once', async () => {
    const hook = await sizesHook(false);
    await hook.act(() => hook.result.current.record([measuredAs('a', card)]));
    expect(hook.result.current.measured.get('a')).toEqual(card);
  });

  test('while the view moves, sizes are held, and taken in together when it rests', async () => {
    const hook = await sizesHook(true);
    await hook.act(() => hook.result.current.record([measuredAs('a', card)]));
    await hook.act(() => hook.result.current.record([measuredAs('b', { width: 200, height: 80 })]));
    expect(hook.result.current.measured.size).toBe(0);

    await hook.rerender({ moving: false });
    await expect.poll(() => [...hook.result.current.measured.keys()].sort()).toEqual(['a', 'b']);
    expect(hook.result.current.measured.get('a')).toEqual(card);
  });

  test('a size measured again replaces the one held before', async () => {
    const hook = await sizesHook(true);
    await hook.act(() => hook.result.current.record([measuredAs('a', { width: 10, height: 10 })]));
    await hook.act(() => hook.result.current.record([measuredAs('a', card)]));
    await hook.rerender({ moving: false });
    await expect.poll(() => hook.result.current.measured.get('a')).toEqual(card);
  });
});
