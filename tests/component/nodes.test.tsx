import { page, userEvent } from 'vitest/browser';
import { NODE_BOX } from '../../src-shared/layout/nodeSize';
import type { ArgNode } from '../../src-shared/model/map';
import { renderMap } from './renderMap';

const at = (x: number, y: number) => ({ x, y });

const EVERY_KIND: ArgNode[] = [
  { id: 't', kind: 'thesis', text: 'Reconciliation is possible.', position: at(400, 0) },
  { id: 'p', kind: 'premise', text: 'Kishida wants a summit.', position: at(0, 200) },
  { id: 'c', kind: 'counterpoint', text: 'The abduction issue blocks it.', position: at(320, 200) },
  { id: 'r', kind: 'rebuttal', text: 'The issues can be left aside.', position: at(640, 200) },
  { id: 'n', kind: 'note', text: 'Check the date of the statement.', position: at(960, 200) },
  {
    id: 'q',
    kind: 'quote',
    text: 'We must take a bold step to change the status quo,',
    position: at(0, 400),
    quote: { speaker: 'Fumio Kishida', role: 'Prime Minister of Japan', direct: true },
  },
  {
    id: 'q2',
    kind: 'quote',
    text: 'she supports Japan’s efforts',
    position: at(320, 400),
    quote: { speaker: 'Jung H. Pak', direct: false },
  },
];

const node = (id: string) =>
  page.elementLocator(document.querySelector(`.react-flow__node[data-id="${id}"]`) as Element);

describe('node kinds on the canvas', () => {
  test.each([
    ['thesis', 't', 'Thesis'],
    ['premise', 'p', 'Premise'],
    ['counterpoint', 'c', 'Counterpoint'],
    ['rebuttal', 'r', 'Rebuttal'],
    ['note', 'n', 'Note'],
  ])('a %s shows its text under its kind label, and is named by both', async (_kind, id, label) => {
    await renderMap(EVERY_KIND);
    const text = EVERY_KIND.find((candidate) => candidate.id === id)?.text ?? '';
    const name = new RegExp(`^${label}\\W*${text.replace(/[.?]/g, '\\$&')}$`);
    await expect.element(page.getByRole('option', { name }).getByText(text)).toBeVisible();
  });

  test('a quote shows the quoted words, its speaker and the speaker’s role', async () => {
    await renderMap(EVERY_KIND);
    await expect.element(page.getByText('We must take a bold step to change the status quo,')).toBeVisible();
    await expect.element(page.getByText('Fumio Kishida')).toBeVisible();
    await expect.element(page.getByText('Prime Minister of Japan')).toBeVisible();
  });

  test('reported speech is marked as such, a direct quotation is not', async () => {
    await renderMap(EVERY_KIND);
    await expect.element(page.getByText('Jung H. Pak')).toBeVisible();
    expect(document.querySelectorAll('.quote-reported')).toHaveLength(1);
    expect(document.querySelector('[data-id="q2"] .quote-reported')?.textContent).toBe('reported speech');
  });

  test('a card grows with its text up to the widest layout plans for, then wraps', async () => {
    const long =
      'Kishida stepped up efforts to normalize relations this year after promising signs from Pyongyang.';
    await renderMap([...EVERY_KIND, { id: 'long', kind: 'premise', text: long, position: at(640, 400) }]);
    await expect.element(page.getByText(long)).toBeVisible();
    const width = (id: string) =>
      (document.querySelector(`[data-id="${id}"] .node-card`) as HTMLElement).offsetWidth;
    expect(width('long')).toBe(NODE_BOX.width);
    expect(width('n')).toBeLessThan(NODE_BOX.width);
    for (const card of document.querySelectorAll<HTMLElement>('.node-card')) {
      expect(card.offsetWidth).toBeGreaterThanOrEqual(NODE_BOX.minWidth);
      expect(card.offsetWidth).toBeLessThanOrEqual(NODE_BOX.width);
    }
  });

  test('an empty node shows a placeholder that says what belongs there', async () => {
    await renderMap([{ id: 't', kind: 'thesis', text: '', position: at(0, 0) }]);
    await expect.element(page.getByText('State the thesis')).toBeVisible();
  });
});

describe('editing a node’s text', () => {
  test('double-click edits; Enter commits one undoable change', async () => {
    const { store } = await renderMap(EVERY_KIND);
    await expect.element(page.getByText('Kishida wants a summit.')).toBeVisible();
    await userEvent.dblClick(node('p'));
    const field = page.getByRole('textbox', { name: 'Node text' });
    await expect.element(field).toHaveFocus();
    await userEvent.clear(field);
    await userEvent.type(field, 'Kishida seeks a summit with Kim.{Enter}');
    await expect.element(page.getByText('Kishida seeks a summit with Kim.')).toBeVisible();
    expect(store.getState().history.undo).toHaveLength(1);
    store.getState().undo();
    await expect.element(page.getByText('Kishida wants a summit.')).toBeVisible();
  });

  test('Shift+Enter breaks the line instead of committing', async () => {
    const { store } = await renderMap(EVERY_KIND);
    await expect.element(page.getByText('Kishida wants a summit.')).toBeVisible();
    await userEvent.dblClick(node('p'));
    const field = page.getByRole('textbox', { name: 'Node text' });
    await userEvent.type(field, '{Shift>}{Enter}{/Shift}Second line{Enter}');
    expect(store.getState().map.nodes.find((candidate) => candidate.id === 'p')?.text).toBe(
      'Kishida wants a summit.\nSecond line',
    );
  });
});

describe('edges', () => {
  test('are drawn by relation: supports solid, opposes dashed', async () => {
    await renderMap(EVERY_KIND, [
      { id: 'e1', from: 'p', to: 't', relation: 'supports' },
      { id: 'e2', from: 'c', to: 't', relation: 'opposes' },
    ]);
    await expect.poll(() => document.querySelectorAll('.react-flow__edge').length).toBe(2);
    const dash = (id: string) =>
      getComputedStyle(document.querySelector(`[data-id="${id}"] .react-flow__edge-path`) as Element)
        .strokeDasharray;
    expect(dash('e1')).toBe('none');
    expect(dash('e2')).not.toBe('none');
  });
});
