import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { loadMapFromText } from '../../src-shared/load/loadMap';
import { type ArgmapApp, launchArgmap } from './support/argmapApp';

const loaded = loadMapFromText(readFileSync('maps/article.argmap.json', 'utf8'));
if (!loaded.ok) throw new Error('the article map does not load');
const tour = loaded.value.tour;

let app: ArgmapApp;
test.beforeEach(async ({ browser }) => {
  app = await launchArgmap(browser);
  // The camera jumps to each step instead of gliding, so what is measured is where it comes to rest.
  await app.page.emulateMedia({ reducedMotion: 'reduce' });
});
test.afterEach(() => app.close());

const presentation = (page: Page) => page.getByRole('dialog', { name: 'Presentation' });

/** Each focused card: the on-screen size of its body text, and whether the whole card is on screen. */
function focusedCards(page: Page) {
  return presentation(page)
    .locator('.react-flow__node.is-focus')
    .evaluateAll((nodes) =>
      nodes.map((node) => {
        const text = node.querySelector('.node-text') as HTMLElement;
        const scale = text.getBoundingClientRect().width / text.offsetWidth;
        const box = node.getBoundingClientRect();
        return {
          id: node.getAttribute('data-id'),
          textPx: Number.parseFloat(getComputedStyle(text).fontSize) * scale,
          onScreen: box.left >= 0 && box.top >= 0 && box.right <= innerWidth && box.bottom <= innerHeight,
        };
      }),
    );
}

test('every step of the bundled tour shows its whole focus with body text of 14 px or more, at 1280 × 800', async () => {
  test.setTimeout(120_000);
  const { page } = app;
  await page.keyboard.press('F5');
  let smallest = Number.POSITIVE_INFINITY;
  for (let index = 0; index < tour.length; index++) {
    const step = tour[index];
    await expect(presentation(page).getByText(`Step ${index + 1} of ${tour.length}`)).toBeVisible();
    await expect.poll(async () => (await focusedCards(page)).length).toBe(step?.focus.length);
    await expect
      .poll(
        async () => {
          const cards = await focusedCards(page);
          return cards.filter((card) => card.textPx < 14 || !card.onScreen).map((card) => card.id);
        },
        `step ${index + 1}, ${step?.title}`,
      )
      .toEqual([]);
    for (const card of await focusedCards(page)) smallest = Math.min(smallest, card.textPx);
    if (process.env.TOUR_SHOTS)
      await page.screenshot({ path: `${process.env.TOUR_SHOTS}/step-${index + 1}.png` });
    await page.keyboard.press('ArrowRight');
  }
  test.info().annotations.push({ type: 'smallest body text', description: `${smallest.toFixed(1)} px` });
  console.log(`Smallest body text over the tour: ${smallest.toFixed(1)} px`);
});
