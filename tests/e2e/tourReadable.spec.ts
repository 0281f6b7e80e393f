import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { loadMapFromText } from '../../src-shared/load/loadMap';
import { type ArgmapApp, launchArgmap } from './support/argmapApp';
import { focusedCards, presentation } from './support/presentedCards';

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
