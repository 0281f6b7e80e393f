import { page, userEvent } from 'vitest/browser';
import { type ArgMap, FORMAT_VERSION } from '../../src-shared/model/map';
import { renderApp } from './renderApp';

/** A source of about a megabyte: a title and 3,000 paragraphs of three sentences each. */
const PARAGRAPHS = Array.from(
  { length: 3000 },
  (_, n) =>
    `Paragraph ${n} says that road pricing cuts traffic in the centre. It adds that the money raised pays for buses, trams and safer crossings for children. Critics of paragraph ${n} answer that shops lose customers who used to arrive by car.`,
);
const TEXT = ['Streets for People', ...PARAGRAPHS].join('\n\n');
const at = (needle: string) => {
  const start = TEXT.indexOf(needle);
  return { start, end: start + needle.length, exact: needle };
};

function longMap(): ArgMap {
  return {
    format: 'argmap',
    version: FORMAT_VERSION,
    title: 'Streets',
    source: { title: 'Streets for People', author: 'Ana Ruiz', text: TEXT },
    nodes: [
      { id: 'thesis', kind: 'thesis', text: 'Charge cars to enter the centre.', position: { x: 300, y: 0 } },
      {
        id: 'near',
        kind: 'premise',
        text: 'Pricing cuts traffic.',
        position: { x: 0, y: 200 },
        anchor: at('Paragraph 1 says that road pricing cuts traffic in the centre.'),
      },
      {
        id: 'far',
        kind: 'quote',
        text: 'shops lose customers',
        position: { x: 320, y: 200 },
        quote: { speaker: 'Jeffrey J. Hall', direct: false },
        anchor: at('Critics of paragraph 2500 answer that shops lose customers'),
      },
    ],
    edges: [
      { id: 'e1', from: 'near', to: 'thesis', relation: 'supports' },
      { id: 'e2', from: 'far', to: 'thesis', relation: 'opposes' },
    ],
    tour: [],
  };
}

const body = () => document.querySelector<HTMLElement>('.source-body') as HTMLElement;
const mark = (nodeId: string) => body()?.querySelector<HTMLElement>(`mark[data-nodes~="${nodeId}"]`) ?? null;
/** Whether an element lies (at least partly) within the article's visible area. */
function inView(element: HTMLElement | null): boolean {
  if (!element) return false;
  const box = element.getBoundingClientRect();
  const view = body().getBoundingClientRect();
  return box.bottom > view.top && box.top < view.bottom;
}

describe('a long source in the pane', () => {
  test('only the paragraphs in view are in the page, with their highlights', async () => {
    await renderApp(longMap());
    await expect.poll(() => mark('near')).not.toBeNull();
    const drawn = body().querySelectorAll('.source-paragraph').length;
    expect(drawn).toBeGreaterThan(3);
    expect(drawn).toBeLessThan(60);
    expect(mark('near')?.className).toContain('anchor--premise');
    expect(mark('far')).toBeNull();
  });

  test('selecting a node whose passage is far below draws it, scrolls to it and emphasises it', async () => {
    const { store } = await renderApp(longMap());
    await expect.poll(() => mark('near')).not.toBeNull();
    store.getState().select(['far']);
    await expect.poll(() => inView(mark('far'))).toBe(true);
    expect(mark('far')?.classList.contains('is-emphasised')).toBe(true);
    expect(mark('far')?.textContent).toBe('Critics of paragraph 2500 answer that shops lose customers');
    // Drawn on demand, not by drawing everything between.
    expect(body().querySelectorAll('.source-paragraph').length).toBeLessThan(80);
  });

  test('scrolling draws the paragraphs that come into view', async () => {
    await renderApp(longMap());
    await expect.poll(() => mark('near')).not.toBeNull();
    body().scrollTop = body().scrollHeight / 2;
    await expect
      .poll(() => [...body().querySelectorAll<HTMLElement>('.source-paragraph')].some(inView))
      .toBe(true);
    const shown = [...body().querySelectorAll<HTMLElement>('.source-paragraph')].find(inView);
    expect(Number(shown?.dataset.offset)).toBeGreaterThan(TEXT.length / 3);
  });

  test('each sentence no node anchors has its own mark; an anchored sentence has none', async () => {
    await renderApp(longMap());
    await expect.poll(() => mark('near')).not.toBeNull();
    const paragraph = mark('near')?.closest('p') as HTMLElement;
    const unmarked = [...paragraph.querySelectorAll('.unmapped-sentence')].map((span) => span.textContent);
    expect(unmarked).toEqual([
      'It adds that the money raised pays for buses, trams and safer crossings for children.',
      'Critics of paragraph 1 answer that shops lose customers who used to arrive by car.',
    ]);
    const tick = getComputedStyle(paragraph.querySelector('.unmapped-sentence') as Element, '::before');
    expect(tick.position).toBe('absolute');
    expect(Number.parseFloat(tick.left)).toBeLessThan(0);
  });

  test('Tab moves from passage to passage, named by its node, and Enter selects the node', async () => {
    const { store } = await renderApp(longMap());
    await expect.poll(() => mark('near')).not.toBeNull();
    body().focus();
    await userEvent.keyboard('{Tab}');
    await expect.poll(() => document.activeElement === mark('near')).toBe(true);
    expect(mark('near')?.getAttribute('aria-label')).toBe(
      'Passage of the premise “Pricing cuts traffic.”: Paragraph 1 says that road pricing cuts traffic in the centre.',
    );
    await userEvent.keyboard('{Tab}');
    await expect.poll(() => document.activeElement === mark('far')).toBe(true);
    await expect
      .element(page.getByRole('button', { name: 'Passage of the quote by Jeffrey J. Hall' }))
      .toHaveFocus();
    expect(inView(mark('far'))).toBe(true);
    await userEvent.keyboard('{Enter}');
    expect([...store.getState().selectedIds]).toEqual(['far']);
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    await expect.poll(() => document.activeElement === mark('near')).toBe(true);
  });
});
