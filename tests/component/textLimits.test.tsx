import { page, userEvent } from 'vitest/browser';
import { type ArgMap, FORMAT_VERSION } from '../../src-shared/model/map';
import { setNodeText } from '../../src-shared/ops/nodeOps';
import { renderApp } from './renderApp';

function oneThesis(): ArgMap {
  return {
    format: 'argmap',
    version: FORMAT_VERSION,
    title: 'Limits',
    nodes: [{ id: 'thesis', kind: 'thesis', text: 'Cities should ban cars.', position: { x: 0, y: 0 } }],
    edges: [],
    tour: [],
  };
}

const card = (id: string) => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`);
const flash = () => page.getByRole('status', { name: 'Messages' });

describe('the editor holds each field to the map format’s limit, and says so', () => {
  test('a node given 25,000 characters: a note while typing, then 20,000 kept and the rest said lost', async () => {
    const { store } = await renderApp(oneThesis());
    await expect.poll(() => card('thesis')).not.toBeNull();
    store.getState().select(['thesis']);
    await userEvent.keyboard('p');
    const field = page.getByRole('textbox', { name: 'Node text' });
    await expect.element(field).toHaveFocus();
    await userEvent.fill(field, 'a'.repeat(25_000));
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('20,000 characters at most: the last 5,000 will not be kept.');
    await userEvent.keyboard('{Enter}');
    expect(store.getState().map.nodes.at(-1)?.text).toHaveLength(20_000);
    await expect
      .element(flash())
      .toHaveTextContent('A node’s text: 20,000 characters at most; the last 5,000 were not kept.');
  });

  test('Inspector notes past 50,000 characters are cut on leaving the field, and the cut said', async () => {
    const { store } = await renderApp(oneThesis());
    await expect.poll(() => card('thesis')).not.toBeNull();
    store.getState().select(['thesis']);
    const notes = page.getByRole('textbox', { name: 'Notes' });
    await userEvent.fill(notes, 'n'.repeat(50_010));
    await expect.element(page.getByRole('alert')).toHaveTextContent('the last 10 will not be kept.');
    await userEvent.keyboard('{Tab}');
    expect(store.getState().map.nodes[0]?.notes).toHaveLength(50_000);
    await expect
      .element(flash())
      .toHaveTextContent('Notes: 50,000 characters at most; the last 10 were not kept.');
  });

  test('a change that would still break a limit never reaches the document: refused, and said', async () => {
    const { store } = await renderApp(oneThesis());
    await expect.poll(() => card('thesis')).not.toBeNull();
    const before = store.getState().map;
    store.getState().commit(setNodeText(before, { id: 'thesis', text: 'x'.repeat(25_000) }));
    expect(store.getState().map).toBe(before);
    expect(store.getState().history.undo).toHaveLength(0);
    await expect.element(flash()).toHaveTextContent('A node’s text: 20,000 characters at most.');
  });
});
