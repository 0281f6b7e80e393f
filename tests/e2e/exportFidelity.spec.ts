import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import type { ArgmapApi } from '../../src-shared/ipc/api';
import { launchArgmap } from './support/argmapApp';

const FIXTURE = resolve('tests/fixtures/export/fidelity.argmap.json');

const ctrl = process.platform === 'darwin' ? 'Meta' : 'Control';

/** The share of pixels that differ clearly (a channel by more than 64 of 255) between two same-sized PNGs. */
async function differingShare(page: Page, a: Buffer, b: Buffer): Promise<{ share: number; size: string }> {
  return page.evaluate(
    async ([first, second]) => {
      const pixels = async (data: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d') as CanvasRenderingContext2D;
        context.drawImage(image, 0, 0);
        return {
          data: context.getImageData(0, 0, image.width, image.height).data,
          size: `${image.width}×${image.height}`,
        };
      };
      const [p, q] = [await pixels(first), await pixels(second)];
      if (p.size !== q.size) return { share: 1, size: `${p.size} vs ${q.size}` };
      let differing = 0;
      for (let i = 0; i < p.data.length; i += 4) {
        const channel = Math.max(
          Math.abs((p.data[i] ?? 0) - (q.data[i] ?? 0)),
          Math.abs((p.data[i + 1] ?? 0) - (q.data[i + 1] ?? 0)),
          Math.abs((p.data[i + 2] ?? 0) - (q.data[i + 2] ?? 0)),
        );
        if (channel > 64) differing++;
      }
      return { share: differing / (p.data.length / 4), size: p.size };
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}

/** The command that puts the window in each theme, from the command palette. */
const THEME_COMMANDS = { light: null, dark: 'Dark Theme', projector: 'Projector Theme' } as const;

for (const [theme, command] of Object.entries(THEME_COMMANDS) as Array<
  [keyof typeof THEME_COMMANDS, string | null]
>) {
  test(`the exported SVG, drawn by Chromium, matches a screenshot of the canvas at the same zoom (${theme})`, async ({
    browser,
  }, testInfo) => {
    const app = await launchArgmap(browser, { blank: true });
    const { page } = app;
    app.dialogs.openAnswers.push(FIXTURE);
    await page.keyboard.press(`${ctrl}+O`);
    await expect(page.locator('.react-flow__node')).toHaveCount(6);
    if (command) {
      await page.keyboard.press(`${ctrl}+K`);
      await page.keyboard.type(command);
      await page.keyboard.press('Enter');
    }
    await page.keyboard.press(`${ctrl}+0`);
    await page.mouse.move(1, 1);
    // The dotted grid is the canvas's, not the map's: an export never draws it.
    await page.locator('.canvas-dots').evaluate((element) => {
      (element as HTMLElement).style.display = 'none';
    });
    await page.waitForTimeout(300); // the zoom's animation

    // The SVG as the app exports it in that theme, its canvas colour behind, 24 px around.
    const text = await readFile(FIXTURE, 'utf8');
    const copied = await page.evaluate(
      ({ mapText, theme }) =>
        (window as unknown as { argmap: ArgmapApi }).argmap.export.copy({
          text: mapText,
          options: {
            format: 'svg',
            subject: { kind: 'map' },
            scale: 1,
            background: 'theme',
            padding: 24,
            theme,
            embedMap: false,
            paper: 'fit',
          },
        }),
      { mapText: text, theme },
    );
    if (copied.status !== 'copied')
      throw new Error(copied.status === 'failed' ? copied.message : 'not copied');
    const svg = copied.data;
    const [x, y, width, height] = (/viewBox="([^"]+)"/.exec(svg)?.[1] ?? '').split(' ').map(Number) as [
      number,
      number,
      number,
      number,
    ];

    // The same region of the canvas on screen: at zoom 1, map point (x, y) is the pane's origin plus the pan.
    const origin = await page.locator('.react-flow__viewport').evaluate((element) => {
      const pane = (element.parentElement as HTMLElement).getBoundingClientRect();
      const { m41, m42, a } = new DOMMatrix(getComputedStyle(element).transform);
      return { left: pane.left + m41, top: pane.top + m42, zoom: a };
    });
    expect(origin.zoom).toBe(1);
    const canvasShot = await page.screenshot({
      clip: { x: origin.left + x, y: origin.top + y, width, height },
    });

    // The SVG drawn by Chromium in the same page, so it has the same fonts, at the top left.
    await page.evaluate((markup) => {
      const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
      const holder = document.createElement('div');
      holder.id = 'svg-under-test';
      Object.assign(holder.style, {
        position: 'fixed',
        left: '0px',
        top: '0px',
        zIndex: '1000',
        lineHeight: '0',
      });
      holder.append(document.importNode(doc.documentElement, true));
      document.body.append(holder);
    }, svg);
    const svgShot = await page.screenshot({ clip: { x: 0, y: 0, width, height } });
    // Kept beside the test's results, to look at when the comparison fails.
    await writeFile(testInfo.outputPath('canvas.png'), canvasShot);
    await writeFile(testInfo.outputPath('svg.png'), svgShot);

    const { share, size } = await differingShare(page, canvasShot, svgShot);
    expect(size).toBe(`${width}×${height}`);
    // Text is drawn by two different paths (HTML and SVG text), so edges of glyphs may land a pixel
    // apart; anything laid out differently (a line broken elsewhere, a card of another size) is far more.
    expect(share).toBeLessThan(0.02);
    await app.close();
  });
}
