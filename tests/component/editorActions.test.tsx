import { page, userEvent } from 'vitest/browser';
import articleMap from '../../maps/article.argmap.json';
import type { EditorStore } from '../../src-renderer/store/editorStore';
import { type ArgMap, FORMAT_VERSION } from '../../src-shared/model/map';
import { renderApp } from './renderApp';

function oneThesis(): ArgMap {
  return {
    format: 'argmap',
    version: FORMAT_VERSION,
    title: 'Blank',
    nodes: [{ id: 'thesis', kind: 'thesis', text: 'Cities should ban cars.', position: { x: 0, y: 0 } }],
    edges: [],
    tour: [],
  };
}

const card = (id: string) => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`);
/** Adds a reason under a claim as a person does: select the claim, press the kind's key, type, Enter. */
async function addUnder(store: EditorStore, claimId: string, key: string, text: string) {
  store.getState().select([claimId]);
  await userEvent.keyboard(key);
  await typeAndCommit(text);
}

const typeAndCommit = async (text: string) => {
  const field = page.getByRole('textbox', { name: 'Node text' });
  await expect.element(field).toHaveFocus();
  await userEvent.type(field, `${text}{Enter}`);
};

describe('the editor, driven as a person drives it', () => {
  test('adds a premise and a counterpoint beneath the selected claim, each typed straight away', async () => {
    const { store } = await renderApp(oneThesis());
    await expect.poll(() => card('thesis')).not.toBeNull();
    await addUnder(store, 'thesis', 'p', 'Cars are loud.');
    await addUnder(store, 'thesis', 'c', 'Deliveries need vans.');
    const { map } = store.getState();
    expect(map.nodes.map((node) => [node.kind, node.text])).toEqual([
      ['thesis', 'Cities should ban cars.'],
      ['premise', 'Cars are loud.'],
      ['counterpoint', 'Deliveries need vans.'],
    ]);
    expect(map.edges.map((edge) => [edge.relation, edge.to])).toEqual([
      ['supports', 'thesis'],
      ['opposes', 'thesis'],
    ]);
    const [premise, counterpoint] = map.nodes.slice(1);
    expect(premise?.position.y).toBeGreaterThan(100);
    // As Auto-Layout arranges short reasons: stacked in a column beneath their claim, in order.
    expect(counterpoint?.position.x).toBe(premise?.position.x);
    expect(counterpoint?.position.y).toBeGreaterThan((premise?.position.y ?? 0) + 60);
  });

  test('a new premise on the bundled map’s thesis lands near it, and both stay in sight', async () => {
    const article = structuredClone(articleMap) as ArgMap;
    const { store } = await renderApp(article);
    await expect.poll(() => card('thesis')).not.toBeNull();
    await addUnder(store, 'thesis', 'p', 'One more reason.');
    const { map } = store.getState();
    const [thesis, added] = [map.nodes[0], map.nodes.at(-1)];
    expect(added?.text).toBe('One more reason.');
    const distance = Math.hypot(
      (added?.position.x ?? 0) - (thesis?.position.x ?? 0),
      (added?.position.y ?? 0) - (thesis?.position.y ?? 0),
    );
    expect(distance).toBeLessThan(3000);
    const canvas = document.querySelector('.canvas .react-flow')?.getBoundingClientRect() as DOMRect;
    const inSight = (id: string) => {
      const box = card(id)?.getBoundingClientRect();
      return (
        !!box &&
        box.left >= canvas.left &&
        box.right <= canvas.right &&
        box.top >= canvas.top &&
        box.bottom <= canvas.bottom
      );
    };
    await expect.poll(() => [inSight('thesis'), inSight(added?.id ?? '')]).toEqual([true, true]);
  });

  test('keys typed the instant a reason is added go into it', async () => {
    const { store } = await renderApp(oneThesis());
    await expect.poll(() => card('thesis')).not.toBeNull();
    store.getState().select(['thesis']);
    // Typed straight after P, with no wait for the card: whether its field has taken focus yet (a new card
    // stands at its planned size at once) or holds the keys until it can, none is lost or run as a shortcut.
    await userEvent.keyboard('pCars ar{Backspace}re loud.{Shift>}{Enter}{/Shift}And dirty.{Enter}');
    expect(store.getState().map.nodes.map((node) => [node.kind, node.text])).toEqual([
      ['thesis', 'Cities should ban cars.'],
      ['premise', 'Cars are loud.\nAnd dirty.'],
    ]);
    expect(store.getState().editingId).toBeNull();
  });

  test('undo takes back each step (adding, typing), and redo brings them back', async () => {
    const { store } = await renderApp(oneThesis());
    await expect.poll(() => card('thesis')).not.toBeNull();
    await addUnder(store, 'thesis', 'p', 'Cars are loud.');
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(store.getState().map.nodes.at(-1)?.text).toBe('');
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(store.getState().map.nodes).toHaveLength(1);
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}{Control>}y{/Control}');
    expect(store.getState().map.nodes.at(-1)?.text).toBe('Cars are loud.');
  });

  test('Delete removes the selection with its links; Backspace does too', async () => {
    const { store } = await renderApp(oneThesis());
    await expect.poll(() => card('thesis')).not.toBeNull();
    await addUnder(store, 'thesis', 'p', 'Cars are loud.');
    const premise = store.getState().map.nodes.at(-1)?.id ?? '';
    store.getState().select([premise]);
    await userEvent.keyboard('{Delete}');
    expect(store.getState().map.nodes.map((node) => node.id)).toEqual(['thesis']);
    expect(store.getState().map.edges).toEqual([]);
    store.getState().select(['thesis']);
    await userEvent.keyboard('{Backspace}');
    expect(store.getState().map.nodes).toEqual([]);
  });

  test('arrow keys walk the structure: down to a reason, across to its sibling, up to the claim', async () => {
    const { store } = await renderApp(oneThesis());
    await expect.poll(() => card('thesis')).not.toBeNull();
    for (const key of ['p', 'c']) {
      store.getState().select(['thesis']);
      await userEvent.keyboard(key);
      await typeAndCommit(`Reason ${key}`);
    }
    const [premise, counterpoint] = store
      .getState()
      .map.nodes.slice(1)
      .map((node) => node.id);
    store.getState().select(['thesis']);
    await userEvent.keyboard('{ArrowDown}');
    expect([...store.getState().selectedIds]).toEqual([premise]);
    await userEvent.keyboard('{ArrowRight}');
    expect([...store.getState().selectedIds]).toEqual([counterpoint]);
    await userEvent.keyboard('{ArrowUp}');
    expect([...store.getState().selectedIds]).toEqual(['thesis']);
  });

  test('the inspector changes a node’s kind without losing its text or links', async () => {
    const { store } = await renderApp(oneThesis());
    await expect.poll(() => card('thesis')).not.toBeNull();
    await addUnder(store, 'thesis', 'p', 'Cars are loud.');
    const premise = store.getState().map.nodes.at(-1)?.id ?? '';
    store.getState().select([premise]);
    await userEvent.selectOptions(page.getByRole('combobox', { name: 'Kind' }), 'Quote');
    const node = store.getState().map.nodes.at(-1);
    expect(node).toMatchObject({
      kind: 'quote',
      text: 'Cars are loud.',
      quote: { speaker: '', direct: true },
    });
    expect(store.getState().map.edges).toHaveLength(1);
    await userEvent.fill(page.getByRole('textbox', { name: 'Speaker' }), 'Anne Hidalgo');
    await userEvent.keyboard('{Enter}');
    expect(store.getState().map.nodes.at(-1)?.quote?.speaker).toBe('Anne Hidalgo');
  });

  test('a link is switched between supports and opposes, and refused when it would duplicate another', async () => {
    const { store } = await renderApp(oneThesis());
    await expect.poll(() => card('thesis')).not.toBeNull();
    await addUnder(store, 'thesis', 'p', 'Cars are loud.');
    const edge = store.getState().map.edges[0]?.id ?? '';
    store.getState().select([edge]);
    await userEvent.keyboard('s');
    expect(store.getState().map.edges[0]?.relation).toBe('opposes');
    await userEvent.click(page.getByRole('button', { name: 'Reverse' }));
    expect(store.getState().map.edges[0]).toMatchObject({ from: 'thesis', relation: 'opposes' });
  });

  test('find highlights matches, steps through them, and filters by kind', async () => {
    const { store } = await renderApp(oneThesis());
    await expect.poll(() => card('thesis')).not.toBeNull();
    for (const [key, text] of [
      ['p', 'Cars are loud.'],
      ['c', 'Cars are useful.'],
    ]) {
      store.getState().select(['thesis']);
      await userEvent.keyboard(key as string);
      await typeAndCommit(text as string);
    }
    store.getState().select([]);
    await userEvent.keyboard('{Control>}f{/Control}');
    const input = page.getByRole('searchbox', { name: 'Find in map' });
    await userEvent.type(input, 'CARS ARE');
    await expect.element(page.getByText('2 matches')).toBeVisible();
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByText('1 of 2')).toBeVisible();
    const [premise, counterpoint] = store
      .getState()
      .map.nodes.slice(1)
      .map((node) => node.id);
    expect([...store.getState().selectedIds]).toEqual([premise]);
    expect(card('thesis')?.classList.contains('is-faded')).toBe(true);
    await userEvent.keyboard('{Enter}');
    expect([...store.getState().selectedIds]).toEqual([counterpoint]);
    await userEvent.click(
      page.getByRole('search').getByRole('button', { name: 'Counterpoint', exact: true }),
    );
    await expect.element(page.getByText('1 match', { exact: true })).toBeVisible();
    expect(card(premise ?? '')?.classList.contains('is-faded')).toBe(true);
  });

  test('the command palette finds a command by name and runs it', async () => {
    const { store } = await renderApp(oneThesis());
    await expect.poll(() => card('thesis')).not.toBeNull();
    await userEvent.keyboard('{Control>}k{/Control}');
    await userEvent.type(page.getByRole('combobox', { name: 'Command' }), 'dark');
    await expect.element(page.getByRole('option', { name: /Dark Theme/ })).toBeVisible();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => store.getState().theme).toBe('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  test('duplicating copies the selected nodes with the links among them, under fresh ids', async () => {
    const { store } = await renderApp(oneThesis());
    await expect.poll(() => card('thesis')).not.toBeNull();
    await addUnder(store, 'thesis', 'p', 'Cars are loud.');
    store.getState().select(store.getState().map.nodes.map((node) => node.id));
    await userEvent.keyboard('{Control>}d{/Control}');
    const { map, selectedIds } = store.getState();
    expect(map.nodes).toHaveLength(4);
    expect(map.edges).toHaveLength(2);
    expect(new Set(map.nodes.map((node) => node.id)).size).toBe(4);
    expect(selectedIds.size).toBe(3);
  });
});
