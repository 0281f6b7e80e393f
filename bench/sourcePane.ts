import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright';
import type { ArgMap } from '../src-shared/model/map';
import { launchArgmap } from '../tests/e2e/support/argmapApp';
import { PREVIEW_URL } from '../tests/support/previewUrl';
import { type Goal, goalNote, verdict } from './goals';
import { formatMs, type Timing, timingOf } from './measure';
import type { BenchContext, Section, SectionResult } from './section';
import { servePages } from './servePages';

// The address the e2e harness trusts as the app's (its port is chosen per run).
const ORIGIN = PREVIEW_URL;

const OPEN_GOAL: Goal = { text: '< 1 s', limit: 1_000, format: formatMs };
/** "Without dropped frames": at most 1 % of a scroll's frames late. */
const DROPPED_GOAL: Goal = {
  text: '≤ 1 %',
  limit: 1,
  bound: 'atMost',
  format: (value) => `${value.toFixed(1)} %`,
};
const FRAME_MS = 1000 / 60;

/** The bundled map with its article repeated to a megabyte (its anchors stay in the first copy). */
export function megabyteMap(): ArgMap {
  const map: ArgMap = JSON.parse(readFileSync('maps/article.argmap.json', 'utf8'));
  const text = map.source?.text ?? '';
  const long = `${text}\n\n${text.repeat(Math.ceil(1_000_000 / text.length))}`.slice(0, 1_000_000);
  return { ...map, source: { ...(map.source as NonNullable<ArgMap['source']>), text: long.trimEnd() } };
}

/** Ctrl+B shows the pane: from the key to the first frame painted with the article's paragraphs in it. */
export async function timePaneOpen(page: Page): Promise<number> {
  await page.keyboard.press('Control+B');
  await page.waitForFunction(() => !document.querySelector('.source-body'));
  const start = await page.evaluate(() => performance.now());
  await page.keyboard.press('Control+B');
  const end = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const check = () =>
          document.querySelector('.source-body .source-paragraph')
            ? requestAnimationFrame(() => resolve(performance.now()))
            : requestAnimationFrame(check);
        check();
      }),
  );
  return end - start;
}

export interface Scroll {
  frames: number;
  dropped: number;
  p95Ms: number;
}

/** Scrolls the article `step` px a frame for `seconds`, counting the frames that came late. */
export function scrollFrames(page: Page, step: number, seconds: number): Promise<Scroll> {
  return page.evaluate(
    ([px, ms, frame]) =>
      new Promise<Scroll>((resolve) => {
        const body = document.querySelector('.source-body') as HTMLElement;
        body.scrollTop = 0;
        const gaps: number[] = [];
        let last = performance.now();
        const start = last;
        const tick = (now: number) => {
          gaps.push(now - last);
          last = now;
          body.scrollTop += px;
          if (now - start < ms) requestAnimationFrame(tick);
          else {
            const dropped = gaps.reduce((sum, gap) => sum + Math.max(0, Math.round(gap / frame) - 1), 0);
            const sorted = [...gaps].sort((a, b) => a - b);
            resolve({
              frames: gaps.length,
              dropped,
              p95Ms: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
            });
          }
        };
        requestAnimationFrame(tick);
      }),
    [step, seconds * 1000, FRAME_MS] as const,
  );
}

/** The source pane with a megabyte-long article: showing it, and scrolling it. */
export const sourcePaneSection: Section = {
  id: 'sourcePane',
  title: 'Source pane',
  async run(context: BenchContext): Promise<SectionResult> {
    const map = megabyteMap();
    context.log('sourcePane: opening a map with a 1 MB source');
    const browser = await context.browser();
    // The built renderer, served as the other sections serve it.
    const pages = await browser.newContext({
      baseURL: ORIGIN,
      viewport: { width: 1280, height: 800 },
      bypassCSP: true,
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await servePages(pages, ORIGIN, resolve('out/renderer'));
    const open = await launchArgmap(browser, { context: pages });
    try {
      const { page } = open;
      const file = join(await mkdtemp(join(tmpdir(), 'argmap-bench-source-')), 'long source.argmap.json');
      await writeFile(file, JSON.stringify(map));
      open.dialogs.openAnswers.push(file);
      await page.keyboard.press('Control+O');
      await page.waitForFunction(() => document.title.startsWith('long source'), null, { timeout: 120_000 });
      await page.waitForSelector('.source-body .source-paragraph');
      const samples: number[] = [];
      for (let run = 0; run < (context.quick ? 3 : 7); run++) samples.push(await timePaneOpen(page));
      const paneOpen: Timing = timingOf(samples);
      const drawn = await page.evaluate(
        () => document.querySelectorAll('.source-body .source-paragraph').length,
      );
      context.log('sourcePane: scrolling');
      const reading = await scrollFrames(page, 40, context.quick ? 2 : 4);
      const dragging = await scrollFrames(page, 2_000, context.quick ? 2 : 4);
      const share = (scroll: Scroll) => (100 * scroll.dropped) / Math.max(1, scroll.frames + scroll.dropped);
      const scrollRow = (what: string, scroll: Scroll) => [
        what,
        `${scroll.frames} frames, p95 ${formatMs(scroll.p95Ms)}`,
        `${share(scroll).toFixed(1)} % dropped`,
        DROPPED_GOAL.text,
        verdict(DROPPED_GOAL, share(scroll)),
      ];
      return {
        rows: [
          { what: 'show the pane with a 1 MB source', ...paneOpen, drawnParagraphs: drawn },
          { what: 'scroll 40 px a frame', ...reading, droppedPercent: share(reading) },
          { what: 'scroll 2,000 px a frame', ...dragging, droppedPercent: share(dragging) },
        ],
        tables: [
          {
            title: 'Source pane (1 MB source)',
            header: ['', 'measured', 'figure', 'goal', 'verdict'],
            rows: [
              [
                `show the pane (Ctrl+B; ${drawn} paragraphs drawn)`,
                `${paneOpen.runs} runs`,
                formatMs(paneOpen.medianMs),
                OPEN_GOAL.text,
                verdict(OPEN_GOAL, paneOpen.medianMs),
              ],
              scrollRow('scroll like a reader (40 px a frame)', reading),
              scrollRow('scroll like a scrollbar drag (2,000 px a frame)', dragging),
            ],
          },
        ],
        notes: [
          goalNote('show a 1 MB source in under 1 s', OPEN_GOAL, paneOpen.medianMs),
          goalNote('scroll it without dropped frames', DROPPED_GOAL, share(reading)),
          'Only the paragraphs in view (and six either side) are in the page: @tanstack/react-virtual.',
        ],
      };
    } finally {
      await open.close();
      await pages.close();
    }
  },
};
