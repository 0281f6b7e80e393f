import { expect, test } from '@playwright/test';
import { launchArgmap } from './support/argmapApp';

// The README's picture of the app. `npm run screenshot` refreshes docs/screenshot.png;
// a normal run writes it to test-results/ and checks the page is drawn (fonts in, every node laid out).
test('the editor on the article map, as the README shows it', async ({ browser }) => {
  const app = await launchArgmap(browser);
  const { page } = app;
  await page.evaluate(() => document.fonts.ready);
  await expect(page.locator('.react-flow__edge').first()).toBeVisible();
  expect(await page.evaluate(() => document.fonts.check('14px "Inter Variable"'))).toBe(true);
  const path = process.env.UPDATE_SCREENSHOT ? 'docs/screenshot.png' : 'test-results/screenshot.png';
  await page.screenshot({ path });
  await app.close();
});
