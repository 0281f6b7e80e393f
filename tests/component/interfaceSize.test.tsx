import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { App } from '../../src-renderer/App';
import { createEditorStore } from '../../src-renderer/store/editorStore';
import type { ArgmapApi } from '../../src-shared/ipc/api';
import { idleBridge } from './idleBridge';
import { oneThesis } from './oneThesis';
import { renderApp } from './renderApp';

/** A bridge that records the sizes the page asks main to zoom it to. */
function recordingBridge() {
  const asked: number[] = [];
  const base = idleBridge();
  const argmap = {
    ...base,
    window: {
      ...base.window,
      setInterfaceSize: async ({ factor }: { factor: number }) => {
        asked.push(factor);
      },
    },
  } as unknown as ArgmapApi;
  return { argmap, asked };
}

describe('View → Larger and Smaller Interface zoom the whole window, not the map', () => {
  test('Ctrl+Shift+= and Ctrl+Shift+- step the size, say it, and leave the map’s zoom alone', async () => {
    const { argmap, asked } = recordingBridge();
    const { store } = await renderApp(oneThesis('Sizes'), argmap);
    const mapZoom = () => document.querySelector('.react-flow__viewport')?.getAttribute('style');
    const before = mapZoom();

    await userEvent.keyboard('{Control>}{Shift>}+{/Shift}{/Control}');
    await userEvent.keyboard('{Control>}{Shift>}+{/Shift}{/Control}');
    expect(asked).toEqual([1.1, 1.25]);
    expect(store.getState().interfaceSize).toBe(1.25);
    await expect.element(page.getByText('Interface size 125 %').first()).toBeInTheDocument();

    await userEvent.keyboard('{Control>}{Shift>}_{/Shift}{/Control}');
    expect(asked.at(-1)).toBe(1.1);
    await userEvent.keyboard('{Control>}{Shift>}){/Shift}{/Control}');
    expect(asked.at(-1)).toBe(1);
    expect(mapZoom()).toBe(before);
  });

  test('the size chosen is asked for again at the next launch', async () => {
    const { argmap, asked } = recordingBridge();
    const { store, screen } = await renderApp(oneThesis('Sizes'), argmap);
    store.getState().setInterfaceSize(2);
    screen.unmount();

    const relaunched = recordingBridge();
    const next = createEditorStore({ map: oneThesis('Sizes'), name: 'Sizes', hasFile: false });
    expect(next.getState().interfaceSize).toBe(2);
    await render(<App store={next} argmap={relaunched.argmap} />);
    await expect.poll(() => relaunched.asked).toEqual([2]);
    expect(asked).toEqual([]);
  });

  test('a stored size that is no size the interface takes opens at 100 %', () => {
    for (const stored of ['7', 'large', '-1', '0']) {
      localStorage.setItem('argmap.interfaceSize', stored);
      expect(
        createEditorStore({ map: oneThesis('Sizes'), name: 'Sizes', hasFile: false }).getState()
          .interfaceSize,
      ).toBe(1);
    }
  });
});
