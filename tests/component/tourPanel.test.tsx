import { page, userEvent } from 'vitest/browser';
import { type ArgMap, FORMAT_VERSION } from '../../src-shared/model/map';
import { renderApp } from './renderApp';

function mapWithTour(): ArgMap {
  return {
    format: 'argmap',
    version: FORMAT_VERSION,
    title: 'Cars',
    nodes: [
      { id: 't', kind: 'thesis', text: 'Cities should ban cars.', position: { x: 300, y: 0 } },
      { id: 'p', kind: 'premise', text: 'Cars are loud.', position: { x: 0, y: 200 } },
      { id: 'c', kind: 'counterpoint', text: 'Deliveries need vans.', position: { x: 600, y: 200 } },
    ],
    edges: [
      { id: 'e1', from: 'p', to: 't', relation: 'supports' },
      { id: 'e2', from: 'c', to: 't', relation: 'opposes' },
    ],
    tour: [
      { id: 's1', title: 'The claim', focus: ['t'] },
      { id: 's2', title: 'For', focus: ['p'] },
    ],
  };
}

const titles = () => [...document.querySelectorAll('.tour-step-title')].map((element) => element.textContent);

describe('the tour panel', () => {
  test('adds the selection as a step after the current one, and every change undoes', async () => {
    const { store } = await renderApp(mapWithTour());
    await userEvent.keyboard('{Control>}{Shift>}t{/Shift}{/Control}');
    await expect.element(page.getByRole('complementary', { name: 'Tour' })).toBeVisible();
    store.getState().select(['c']);
    await userEvent.click(page.getByRole('button', { name: 'Add the selection as a step' }));
    expect(store.getState().map.tour.map((step) => step.focus)).toEqual([['t'], ['c'], ['p']]);
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(store.getState().map.tour).toHaveLength(2);
  });

  test('reorders steps with Alt+arrow keys, edits notes, and deletes', async () => {
    const { store } = await renderApp(mapWithTour());
    store.getState().toggleTour();
    await expect.element(page.getByRole('button', { name: /For/ })).toBeVisible();
    await userEvent.click(page.getByRole('button', { name: /For/ }));
    await userEvent.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(titles()).toEqual(['For', 'The claim']);
    await userEvent.fill(
      page.getByRole('textbox', { name: 'Speaker notes' }),
      'Ask who has lived on a busy street.',
    );
    await userEvent.click(page.getByRole('textbox', { name: 'Title' }));
    expect(store.getState().map.tour[0]?.notes).toBe('Ask who has lived on a busy street.');
    await userEvent.click(page.getByRole('button', { name: 'Delete step' }));
    expect(titles()).toEqual(['The claim']);
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(titles()).toEqual(['For', 'The claim']);
  });

  test('generates a tour from the argument: the thesis, then premises, then counterpoints', async () => {
    const { store } = await renderApp(mapWithTour());
    store.getState().toggleTour();
    await userEvent.click(page.getByRole('button', { name: 'Generate tour' }));
    expect(store.getState().map.tour.map((step) => step.focus)).toEqual([['t'], ['p'], ['c']]);
  });
});
