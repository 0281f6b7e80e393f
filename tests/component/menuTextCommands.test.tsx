import { page, userEvent } from 'vitest/browser';
import type { ArgmapApi } from '../../src-shared/ipc/api';
import { idleBridge } from './idleBridge';
import { oneThesis } from './oneThesis';
import { renderApp } from './renderApp';

type MenuListener = (payload: { id: string; viaKey: boolean }) => void;

/** A bridge through which the test clicks the native menu, as main forwards a click ("action:run"). */
function bridgeWithMenu() {
  let listener: MenuListener = () => {};
  const argmap = {
    ...idleBridge(),
    on: (channel: string, callback: MenuListener) => {
      if (channel === 'action:run') listener = callback;
      return () => {};
    },
  } as unknown as ArgmapApi;
  return { argmap, clickMenu: (id: string, viaKey = false) => listener({ id, viaKey }) };
}

/** The editor with a premise added under the thesis by keyboard, and a way to click its menu. */
async function editorWithOnePremise() {
  const { argmap, clickMenu } = bridgeWithMenu();
  const { store } = await renderApp(oneThesis('Menu'), argmap);
  store.getState().select(['thesis']);
  await userEvent.keyboard('p');
  await userEvent.type(page.getByRole('textbox', { name: 'Node text' }), 'Cars are loud.{Enter}');
  return { store, clickMenu };
}

describe('Edit → Undo, Redo and Select All serve the text field being typed in, and the map otherwise', () => {
  test('Undo from the menu takes back typing in a field and leaves the map alone', async () => {
    const { store, clickMenu } = await editorWithOnePremise();
    const edited = store.getState().map;
    expect(edited.nodes).toHaveLength(2);

    await userEvent.keyboard('{Control>}f{/Control}');
    const find = page.getByRole('searchbox', { name: 'Find in map' });
    await expect.element(find).toHaveFocus();
    await userEvent.type(find, 'loud');
    clickMenu('edit.undo');
    await expect.element(find).toHaveValue('');
    expect(store.getState().map).toBe(edited);

    // Select All in the field selects its text, not the map's nodes.
    await userEvent.type(find, 'cars');
    const selectedBefore = [...store.getState().selectedIds];
    clickMenu('edit.selectAll', true);
    const input = find.element() as HTMLInputElement;
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, 4]);
    expect([...store.getState().selectedIds]).toEqual(selectedBefore);
  });

  test('with no field focused, Undo from the menu takes back the last change to the map', async () => {
    const { store, clickMenu } = await editorWithOnePremise();
    (document.activeElement as HTMLElement | null)?.blur();
    clickMenu('edit.undo');
    await expect
      .poll(() => store.getState().map.nodes.find((node) => node.kind === 'premise')?.text)
      .not.toBe('Cars are loud.');
  });
});
