import { describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { announce } from '../../src-renderer/a11y/announcer';
import { LiveRegion } from '../../src-renderer/a11y/LiveRegion';
import { announceSelections } from '../../src-renderer/a11y/selectionAnnouncement';
import { MAP_KEYS } from '../../src-renderer/canvas/MapKeys';
import type { ArgMap } from '../../src-shared/model/map';
import { renderMap } from './renderMap';

const NODES: ArgMap['nodes'] = [
  { id: 't', kind: 'thesis', text: 'Reconciliation is possible', position: { x: 300, y: 0 } },
  { id: 'p', kind: 'premise', text: 'Both leaders softened their tone.', position: { x: 0, y: 220 } },
  {
    id: 'q',
    kind: 'quote',
    text: 'We must talk.',
    position: { x: 600, y: 220 },
    quote: { speaker: 'Jeffrey J. Hall', direct: true },
  },
];
const EDGES: ArgMap['edges'] = [
  { id: 'e1', from: 'p', to: 't', relation: 'supports' },
  { id: 'e2', from: 'q', to: 't', relation: 'opposes' },
];
const card = (id: string) => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`);

describe('the map as a screen reader meets it', () => {
  test('each card is an option named by its kind and text (and a quote’s speaker), described by what it bears on', async () => {
    await renderMap(NODES, EDGES);
    await expect
      .element(page.getByRole('option', { name: /^Premise\W*Both leaders softened their tone\.$/ }))
      .toBeVisible();
    await expect
      .element(page.getByRole('option', { name: /^Quote\W*We must talk\.\W*Jeffrey J\. Hall$/ }))
      .toBeVisible();
    expect(card('p')?.getAttribute('aria-description')).toBe('supports: Reconciliation is possible');
    expect(card('t')?.hasAttribute('aria-description')).toBe(false);
    expect(document.querySelector('.react-flow__nodes')?.getAttribute('role')).toBe('listbox');
  });

  test('a link is named by its reason, its relation and its claim, and is no tab stop', async () => {
    await renderMap(NODES, EDGES);
    await expect.poll(() => document.querySelectorAll('.react-flow__edge').length).toBe(2);
    const link = document.querySelector('.react-flow__edge[data-id="e2"]');
    expect(link?.getAttribute('aria-label')).toBe('We must talk. opposes Reconciliation is possible');
    expect(link?.getAttribute('tabindex')).toBe('-1');
  });

  test('only one card takes Tab: the thesis, or the selected card; selection is aria-selected', async () => {
    const { store } = await renderMap(NODES, EDGES);
    const tabStops = () =>
      [...document.querySelectorAll('.react-flow__node[tabindex="0"]')].map((n) => n.getAttribute('data-id'));
    expect(tabStops()).toEqual(['t']);
    store.getState().select(['q']);
    await expect.poll(tabStops).toEqual(['q']);
    expect(card('q')?.getAttribute('aria-selected')).toBe('true');
    expect(card('t')?.getAttribute('aria-selected')).toBe('false');
  });

  test('a folded card says how many nodes its fold hides; its badge is for the eye only', async () => {
    const { store } = await renderMap(
      [
        { ...(NODES[0] as ArgMap['nodes'][number]), collapsed: true },
        ...NODES.slice(1),
        { id: 'r', kind: 'rebuttal', text: 'Talks failed before.', position: { x: 0, y: 440 } },
      ],
      [...EDGES, { id: 'e3', from: 'r', to: 'p', relation: 'opposes' }],
    );
    await expect.poll(() => card('t')?.getAttribute('aria-description')).toBe('3 nodes folded away');
    expect(document.querySelectorAll('.react-flow__node')).toHaveLength(1);
    const badge = card('t')?.querySelector('.fold-badge');
    expect(badge?.textContent).toBe('+3');
    expect(badge?.getAttribute('aria-hidden')).toBe('true');
    expect(card('t')?.querySelectorAll('button, [tabindex]')).toHaveLength(0);
    // Selecting it says so too.
    const stop = announceSelections(store);
    await render(<LiveRegion />);
    store.getState().select(['t']);
    await expect
      .element(page.getByRole('status', { name: 'Announcements' }))
      .toHaveTextContent('Thesis: Reconciliation is possible. 3 nodes folded away');
    stop();
  });

  test('the cards are in the page in the outline’s order, and the canvas describes its keys', async () => {
    await renderMap(NODES.toReversed(), EDGES);
    const order = [...document.querySelectorAll('.react-flow__node')].map((n) => n.getAttribute('data-id'));
    expect(order).toEqual(['t', 'p', 'q']);
    const canvas = document.querySelector('.react-flow');
    const described = document.getElementById(canvas?.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toBe(MAP_KEYS);
  });
});

describe('announcements', () => {
  test('the live region says the selected node, a link, a count, and what a command reports', async () => {
    const { store } = await renderMap(NODES, EDGES);
    const stop = announceSelections(store);
    await render(<LiveRegion />);
    const region = page.getByRole('status', { name: 'Announcements' });
    store.getState().select(['p']);
    await expect
      .element(region)
      .toHaveTextContent('Premise: Both leaders softened their tone. supports: Reconciliation is possible');
    store.getState().select(['e2']);
    await expect.element(region).toHaveTextContent('Link: We must talk. opposes Reconciliation is possible');
    store.getState().select(['p', 'q']);
    await expect.element(region).toHaveTextContent('2 items selected');
    announce('Deleted 2 nodes');
    await expect.element(region).toHaveTextContent('Deleted 2 nodes');
    stop();
  });

  test('the same words said twice still change the region, so they are spoken again', async () => {
    await render(<LiveRegion />);
    announce('Undone: Add link');
    const first = document.querySelector('[aria-label="Announcements"]')?.textContent;
    announce('Undone: Add link');
    await expect
      .poll(() => document.querySelector('[aria-label="Announcements"]')?.textContent)
      .not.toBe(first);
  });
});
