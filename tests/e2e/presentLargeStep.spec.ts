import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { loadMapFromText } from '../../src-shared/load/loadMap';
import type { ArgMap } from '../../src-shared/model/map';
import { serializeMap } from '../../src-shared/model/serialize';
import { type ArgmapApp, launchArgmap } from './support/argmapApp';
import { focusedCards, presentation } from './support/presentedCards';

const loaded = loadMapFromText(readFileSync('maps/article.argmap.json', 'utf8'));
if (!loaded.ok) throw new Error('the article map does not load');
const article = loaded.value;

/** The article with a user's step of 50 cards from all over the map, between two of its own steps. */
const bigStep = article.nodes.filter((_, i) => i % 2 === 0).map((node) => node.id);
const withBigStep: ArgMap = {
  ...article,
  tour: [
    article.tour[0] as ArgMap['tour'][number],
    { id: 'everything-at-once', title: 'Half of the argument at once', focus: bigStep },
    article.tour[1] as ArgMap['tour'][number],
  ],
};

let app: ArgmapApp;
test.afterEach(() => app.close());

const counter = (page: Page) => presentation(page).locator('.presentation-progress');

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
]) {
  test(`a user's step of 50 cards is presented in parts 2a, 2b, … each readable at 14 px, at ${viewport.width} × ${viewport.height}; Esc leaves the map as it was`, async ({
    browser,
  }) => {
    test.slow();
    app = await launchArgmap(browser, { blank: true });
    const { page } = app;
    await page.setViewportSize(viewport);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const folder = await mkdtemp(join(tmpdir(), 'argmap-large-step-'));
    const path = join(folder, 'large step.argmap.json');
    const bytes = serializeMap(withBigStep);
    writeFileSync(path, bytes);
    app.dialogs.openAnswers.push(path);
    await page.keyboard.press('Control+O');
    await expect(page).toHaveTitle('large step — Argmap');

    await page.keyboard.press('F5');
    await expect(counter(page)).toHaveText('Step 1 of 3');
    await page.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText('Step 2a of 3');
    const seen: string[] = [];
    for (let part = 0; part < 26; part++) {
      const label = `Step 2${'abcdefghijklmnopqrstuvwxyz'[part]} of 3`;
      await expect(counter(page)).toHaveText(label);
      await expect
        .poll(
          async () => {
            const cards = await focusedCards(page);
            return cards.length > 0 && cards.every((card) => card.textPx >= 14 && card.onScreen);
          },
          { message: label, timeout: 15_000 },
        )
        .toBe(true);
      seen.push(...(await focusedCards(page)).map((card) => card.id));
      if (process.env.LARGE_STEP_SHOTS)
        await page.screenshot({
          path: `${process.env.LARGE_STEP_SHOTS}/step-2${'abcdefghijklmnopqrstuvwxyz'[part]}-${viewport.width}x${viewport.height}.png`,
        });
      await page.keyboard.press('ArrowRight');
      await expect(counter(page)).not.toHaveText(label);
      if ((await counter(page).textContent()) === 'Step 3 of 3') break;
    }
    await expect(counter(page)).toHaveText('Step 3 of 3');
    // The parts show the step's whole focus, each card once.
    expect([...seen].sort()).toEqual([...bigStep].sort());

    // A typed step number goes to the first part of that step.
    await page.keyboard.press('2');
    await page.keyboard.press('Enter');
    await expect(counter(page)).toHaveText('Step 2a of 3');

    await page.keyboard.press('Escape');
    await expect(presentation(page)).toBeHidden();
    await expect(page).toHaveTitle('large step — Argmap');
    expect(readFileSync(path, 'utf8')).toBe(bytes);
    // The map in the editor is the one opened: saved elsewhere, it is the same bytes.
    const copy = join(folder, 'copy.argmap.json');
    app.dialogs.saveAnswers.push(copy);
    await page.keyboard.press('Control+Shift+S');
    await expect(page).toHaveTitle('copy — Argmap');
    await expect.poll(() => readFileSync(copy, 'utf8')).toBe(bytes);
  });
}
