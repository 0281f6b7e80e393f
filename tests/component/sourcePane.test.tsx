import { page, userEvent } from 'vitest/browser';
import { type ArgMap, FORMAT_VERSION } from '../../src-shared/model/map';
import { renderApp, selectSourceText } from './renderApp';

const TEXT = [
  'Cities And Cars',
  'Cars make streets loud. Quiet streets are safer for children.',
  'What the mayor said',
  'The mayor said “deliveries need vans” at the council.',
].join('\n\n');
const at = (needle: string) => ({
  start: TEXT.indexOf(needle),
  end: TEXT.indexOf(needle) + needle.length,
  exact: needle,
});

function cityMap(): ArgMap {
  return {
    format: 'argmap',
    version: FORMAT_VERSION,
    title: 'Cars',
    source: { title: 'Cities and cars', author: 'A. Writer', text: TEXT },
    nodes: [
      { id: 'thesis', kind: 'thesis', text: 'Cities should ban cars.', position: { x: 300, y: 0 } },
      {
        id: 'noise',
        kind: 'premise',
        text: 'Cars are loud.',
        position: { x: 0, y: 200 },
        anchor: at('Cars make streets loud. Quiet streets are safer for children.'),
      },
      {
        id: 'safety',
        kind: 'premise',
        text: 'Quiet streets are safer.',
        position: { x: 320, y: 200 },
        anchor: at('Quiet streets are safer'),
      },
      {
        id: 'vans',
        kind: 'quote',
        text: 'deliveries need vans',
        position: { x: 640, y: 200 },
        quote: { speaker: 'The mayor', direct: true },
        anchor: at('deliveries need vans'),
      },
    ],
    edges: [
      { id: 'e1', from: 'noise', to: 'thesis', relation: 'supports' },
      { id: 'e2', from: 'safety', to: 'thesis', relation: 'supports' },
      { id: 'e3', from: 'vans', to: 'thesis', relation: 'opposes' },
    ],
    tour: [],
  };
}

const mark = (nodeId: string) =>
  document.querySelector<HTMLElement>(`.source-body mark[data-nodes~="${nodeId}"]`);
const nodeCard = (id: string) => document.querySelector(`.react-flow__node[data-id="${id}"]`);

describe('the source pane', () => {
  test('shows the article as text with its title and section headings', async () => {
    await renderApp(cityMap());
    await expect.element(page.getByRole('heading', { level: 1, name: 'Cities And Cars' })).toBeVisible();
    await expect.element(page.getByRole('heading', { level: 2, name: 'What the mayor said' })).toBeVisible();
  });

  test('highlights each anchored passage in its node’s kind, and shows where passages overlap', async () => {
    await renderApp(cityMap());
    await expect.poll(() => mark('vans')?.className).toContain('anchor--quote');
    expect(mark('noise')?.className).toContain('anchor--premise');
    const overlap = document.querySelector<HTMLElement>('mark[data-nodes="safety noise"]');
    expect(overlap?.textContent).toBe('Quiet streets are safer');
    expect(overlap?.className).toContain('anchor--several');
    expect(overlap?.title).toBe('Passage of 2 nodes: premise, premise');
  });

  test('selecting a node emphasises its passage', async () => {
    const { store } = await renderApp(cityMap());
    await expect.poll(() => mark('vans')).not.toBeNull();
    store.getState().select(['vans']);
    await expect.poll(() => mark('vans')?.classList.contains('is-emphasised')).toBe(true);
    expect(mark('noise')?.classList.contains('is-emphasised')).toBe(false);
  });

  test('clicking a highlight selects its node on the canvas', async () => {
    const { store } = await renderApp(cityMap());
    await expect.poll(() => mark('vans')).not.toBeNull();
    await userEvent.click(page.elementLocator(mark('vans') as HTMLElement));
    expect([...store.getState().selectedIds]).toEqual(['vans']);
    await expect.poll(() => nodeCard('vans')?.classList.contains('selected')).toBe(true);
    // Revealed: the canvas has moved so the node sits in the middle of it.
    await expect
      .poll(() => {
        const canvas = document.querySelector('.react-flow')?.getBoundingClientRect();
        const node = nodeCard('vans')?.getBoundingClientRect();
        if (!canvas || !node) return Infinity;
        return Math.abs(node.left + node.width / 2 - (canvas.left + canvas.width / 2));
      })
      .toBeLessThan(2);
  });

  test('selected text is tracked as offsets into the source', async () => {
    const { store } = await renderApp(cityMap());
    await expect.poll(() => mark('vans')).not.toBeNull();
    const { start, end } = at('streets loud. Quiet');
    selectSourceText(start, end);
    await expect.poll(() => store.getState().sourceSelection).toEqual({ start, end });
  });

  test('a premise from selected text hangs under the selected claim, anchored to the passage, ready for typing', async () => {
    const { store } = await renderApp(cityMap());
    await expect.poll(() => mark('vans')).not.toBeNull();
    store.getState().select(['noise']);
    const passage = at('at the council');
    selectSourceText(passage.start, passage.end);
    await expect.poll(() => store.getState().sourceSelection).not.toBeNull();
    await userEvent.keyboard('p');
    const { map, editingId } = store.getState();
    const created = map.nodes.at(-1);
    expect(created).toMatchObject({ kind: 'premise', text: '', anchor: passage });
    expect(map.edges.at(-1)).toMatchObject({ from: created?.id, to: 'noise', relation: 'supports' });
    expect(editingId).toBe(created?.id);
    await expect.element(page.getByRole('textbox', { name: 'Node text' })).toHaveFocus();
  });

  test('a quote from selected text takes the words as its text and asks who said them', async () => {
    const { store } = await renderApp(cityMap());
    await expect.poll(() => mark('vans')).not.toBeNull();
    // The selection takes in the quotation marks and a space; the quote keeps only the words.
    const words = at('deliveries need vans');
    selectSourceText(words.start - 2, words.end + 1);
    await expect.poll(() => store.getState().sourceSelection).not.toBeNull();
    document
      .querySelector<HTMLElement>('.source-body')
      ?.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, clientX: 900, clientY: 300 }));
    await userEvent.click(page.getByRole('menuitem', { name: 'New quote from selection' }));
    const dialog = page.getByRole('dialog', { name: 'Who said this?' });
    await expect.element(dialog).toBeVisible();
    expect(
      dialog
        .getByRole('button')
        .elements()
        .map((button) => button.textContent),
    ).toEqual(['Later', 'Save speaker']);
    await userEvent.fill(dialog.getByLabelText('Speaker'), 'Anne Hidalgo');
    await userEvent.fill(dialog.getByLabelText('Role or institution'), 'Mayor of Paris');
    await userEvent.click(dialog.getByRole('button', { name: 'Save speaker' }));
    const created = store.getState().map.nodes.at(-1);
    expect(created).toMatchObject({
      kind: 'quote',
      text: 'deliveries need vans',
      anchor: words,
      quote: { speaker: 'Anne Hidalgo', role: 'Mayor of Paris', direct: true },
    });
    expect(store.getState().map.edges.at(-1)).toMatchObject({ to: 'thesis', relation: 'supports' });
  });

  test('its toolbar makes a counterpoint from selected text, opposing the selected claim', async () => {
    const { store } = await renderApp(cityMap());
    await expect.poll(() => mark('vans')).not.toBeNull();
    store.getState().select(['safety']);
    const passage = at('The mayor said');
    selectSourceText(passage.start, passage.end);
    const button = page.getByRole('button', { name: 'New counterpoint from selection' });
    await expect.element(button).toBeEnabled();
    await userEvent.click(button);
    const created = store.getState().map.nodes.at(-1);
    expect(created).toMatchObject({ kind: 'counterpoint', anchor: passage });
    expect(store.getState().map.edges.at(-1)).toMatchObject({
      from: created?.id,
      to: 'safety',
      relation: 'opposes',
    });
  });

  test('is resized from its splitter with the arrow keys', async () => {
    await renderApp(cityMap());
    const pane = () => (document.querySelector('.source-pane') as HTMLElement).offsetWidth;
    const before = pane();
    const splitter = page.getByRole('separator', { name: 'Resize the source text' });
    await userEvent.click(splitter);
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(pane()).toBe(before + 40);
    await userEvent.keyboard('{Shift>}{ArrowRight}{/Shift}');
    expect(pane()).toBe(before - 40);
  });

  test('the pane’s buttons need selected text first', async () => {
    await renderApp(cityMap());
    await expect
      .element(page.getByRole('button', { name: 'New counterpoint from selection' }))
      .toBeDisabled();
  });

  test('a passage that no longer reads as anchored is marked on its node and listed, not highlighted', async () => {
    const map = cityMap();
    const vans = map.nodes.find((node) => node.id === 'vans');
    if (vans?.anchor) vans.anchor.exact = 'deliveries need trucks';
    await renderApp(map);
    await expect.element(page.getByText('Passage changed')).toBeVisible();
    const list = page.getByRole('region', { name: 'Changed passages' });
    await expect.element(list).toHaveTextContent('1 passage has changed');
    await expect.element(list.getByRole('button', { name: 'deliveries need vans' })).toBeVisible();
    expect(mark('vans')).toBeNull();
  });

  test('can be hidden and shown again', async () => {
    await renderApp(cityMap());
    await userEvent.click(page.getByRole('button', { name: 'Hide the source text' }));
    await expect.element(page.getByRole('complementary', { name: 'Source text' })).not.toBeInTheDocument();
    await userEvent.keyboard('{Control>}b{/Control}');
    await expect.element(page.getByRole('complementary', { name: 'Source text' })).toBeVisible();
  });

  test('a map without a source text has no source pane', async () => {
    const { source: _, ...withoutSource } = cityMap();
    await renderApp({ ...withoutSource, nodes: withoutSource.nodes.map(({ anchor: __, ...node }) => node) });
    await expect.element(page.getByText('Cities should ban cars.')).toBeVisible();
    expect(document.querySelector('.source-pane')).toBeNull();
    await expect.element(page.getByRole('button', { name: 'Show Source Text' })).toBeDisabled();
  });
});
