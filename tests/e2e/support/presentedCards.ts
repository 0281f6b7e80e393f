import type { Page } from '@playwright/test';

export const presentation = (page: Page) => page.getByRole('dialog', { name: 'Presentation' });

/** Each focused card on screen: its id, the on-screen size of its body text, and whether all of it shows. */
export function focusedCards(page: Page) {
  return presentation(page)
    .locator('.react-flow__node.is-focus')
    .evaluateAll((nodes) =>
      nodes.map((node) => {
        const text = node.querySelector('.node-text') as HTMLElement;
        const scale = text.getBoundingClientRect().width / text.offsetWidth;
        const box = node.getBoundingClientRect();
        return {
          id: node.getAttribute('data-id') as string,
          textPx: Number.parseFloat(getComputedStyle(text).fontSize) * scale,
          onScreen: box.left >= 0 && box.top >= 0 && box.right <= innerWidth && box.bottom <= innerHeight,
        };
      }),
    );
}
