import { expect, type Locator, test } from '@playwright/test';
import { launchArgmap } from './support/argmapApp';

/** How a link is drawn: its line's width, dashes and colour, whether the band around it shows, its arrowhead's colour. */
const linkLook = (link: Locator) =>
  link.evaluate((element) => {
    const path = element.querySelector('.react-flow__edge-path') as Element;
    const line = getComputedStyle(path);
    const band = getComputedStyle(element.querySelector('.react-flow__edge-interaction') as Element);
    const marker = /url\("?#([^")]+)"?\)/.exec(path.getAttribute('marker-end') ?? '')?.[1];
    const head = marker ? document.getElementById(marker)?.querySelector('polyline') : null;
    const shown = band.visibility === 'visible' && Number.parseFloat(band.strokeOpacity) > 0;
    return {
      width: Number.parseFloat(line.strokeWidth),
      dashes: line.strokeDasharray,
      colour: line.stroke,
      band: shown ? Number.parseFloat(band.strokeWidth) : 0,
      arrowhead: head ? getComputedStyle(head).fill : null,
    };
  });

// Windows High Contrast, as Chromium emulates it: the theme's colours give way to a few system colours.
for (const scheme of ['dark', 'light'] as const) {
  test(`in forced colours (${scheme}) cards keep their borders and the selected link stands apart by its shape`, async ({
    browser,
  }) => {
    const { page, close } = await launchArgmap(browser);
    await page.emulateMedia({ forcedColors: 'active', colorScheme: scheme });
    const thesis = page.locator('.react-flow__node-thesis');
    await expect(thesis).toBeVisible();
    const premise = page.locator('.react-flow__node-premise .node-card').first();
    await expect(premise).toHaveCSS('border-top-style', 'solid');
    await expect(premise).toHaveCSS('border-top-width', '2px');
    await expect(thesis.locator('.node-card')).toHaveCSS('border-top-width', '4px');

    // L steps from the selected card to its first link.
    await thesis.click();
    await page.keyboard.press('l');
    const selected = page.locator('.react-flow__edge.selected');
    await expect(selected).toHaveCount(1);
    await expect(selected).toHaveClass(/relation--supports/);
    const other = page.locator('.react-flow__edge:not(.selected)').first();
    const [chosen, plain] = [await linkLook(selected), await linkLook(other)];
    // Thicker, inside a band, and still solid (a supporting link): not told apart by colour alone.
    expect(chosen.width).toBeGreaterThanOrEqual(2 * plain.width);
    expect(chosen.band).toBeGreaterThanOrEqual(12);
    expect(plain.band).toBe(0);
    expect(chosen.dashes).toBe('none');
    // Arrowheads in the system's text colour, as the lines are.
    expect(plain.arrowhead).toBe(plain.colour);
    // Looked at by a person: the map in forced colours, the selected link among the others.
    await page.screenshot({ path: `test-results/forced-colors-${scheme}.png` });
    await close();
  });
}
