import { type ArgMap, FORMAT_VERSION } from '../../src-shared/model/map';
import { renderApp } from './renderApp';

const SPOOF = '\u202Egnp.exe';
const SHOWN = '‹RLO›gnp.exe';

const map: ArgMap = {
  format: 'argmap',
  version: FORMAT_VERSION,
  title: SPOOF,
  nodes: [
    { id: 'a', kind: 'thesis', text: SPOOF, position: { x: 0, y: 0 } },
    {
      id: 'q',
      kind: 'quote',
      text: 'said',
      position: { x: 0, y: 200 },
      quote: { speaker: SPOOF, role: SPOOF, direct: true },
    },
  ],
  edges: [],
  tour: [{ id: 's', title: SPOOF, focus: ['a'] }],
};

async function shown(selector: string): Promise<HTMLElement> {
  await expect.poll(() => document.querySelector(selector)).not.toBeNull();
  return document.querySelector(selector) as HTMLElement;
}

describe('text with bidirectional controls on the canvas and in the window', () => {
  test('a card shows the control by name, isolated, and the map keeps the text as typed', async () => {
    const { store } = await renderApp(map);
    const text = await shown('.react-flow__node[data-id="a"] .node-text');
    expect(text.textContent).toBe(SHOWN);
    expect(getComputedStyle(text).unicodeBidi).toBe('isolate');
    expect(store.getState().map.nodes[0]?.text).toBe(SPOOF);
  });

  test('a quote’s speaker and role are shown by name and isolated', async () => {
    await renderApp(map);
    for (const selector of ['.quote-speaker', '.quote-role']) {
      const element = await shown(`.react-flow__node[data-id="q"] ${selector}`);
      expect(element.textContent).toBe(SHOWN);
      expect(getComputedStyle(element).unicodeBidi).toBe('isolate');
    }
  });

  test('the window title and the toolbar show the name’s control', async () => {
    await renderApp(map);
    await expect.poll(() => document.title).toBe(`${SHOWN} — Argmap`);
    expect((await shown('.toolbar-doc')).textContent).toBe(SHOWN);
  });
});
