import type { Browser, Page } from 'playwright';
import type { ArgMap } from '../src-shared/model/map';
import { captureInPage, type DomCapture, type DomFormat, injectHtmlToImage } from './domCapture';
import { type RunPlan, Timeout, type Timing, timingOf, wantsAnotherRun, withTimeout } from './measure';
import { openInRenderer, type RendererApp } from './renderer';

/** The app showing one map, reopened when a capture had to be abandoned (timed out, crashed). */
export class DomSession {
  #open: RendererApp | null = null;
  /** How long the app took to show the map the first time. */
  openMs: number | undefined;

  constructor(
    private readonly browser: Browser,
    private readonly map: ArgMap,
    private readonly timeoutS: number,
  ) {}

  #failed: Error | null = null;

  async page(): Promise<Page> {
    // A map that did not open once is not tried again for every format.
    if (this.#failed) throw this.#failed;
    if (!this.#open) {
      try {
        this.#open = await openInRenderer(this.browser, this.map, this.timeoutS, { everyNode: true });
      } catch (error) {
        this.#failed = new Error(
          `the app did not show the map: ${error instanceof Error ? error.message : error}`,
        );
        throw this.#failed;
      }
      this.openMs ??= this.#open.openMs;
      await injectHtmlToImage(this.#open.page);
    }
    return this.#open.page;
  }

  async close(): Promise<void> {
    const open = this.#open;
    this.#open = null;
    await open?.close();
  }
}

export interface DomMeasurement extends Partial<Omit<DomCapture, 'ms'>> {
  format: DomFormat;
  timing?: Timing;
  timedOutAfterS?: number;
  error?: string;
}

const PADDING = 24;

/** Times html-to-image's capture of the app's canvas; a capture past the timeout ends the page. */
export async function timeDomCapture(
  session: DomSession,
  format: DomFormat,
  plan: RunPlan,
): Promise<DomMeasurement> {
  const measurement: DomMeasurement = { format };
  const samples: number[] = [];
  while (wantsAnotherRun(plan, samples)) {
    const page = await session.page().catch((error: Error) => error);
    if (page instanceof Error) {
      measurement.error = page.message.split('\n')[0];
      break;
    }
    const start = performance.now();
    try {
      const { ms, ...output } = await withTimeout(captureInPage(page, format, PADDING), plan.timeoutS);
      samples.push(ms);
      Object.assign(measurement, output);
    } catch (error) {
      await session.close();
      if (error instanceof Timeout) measurement.timedOutAfterS = plan.timeoutS;
      else {
        const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
        const seconds = Math.round((performance.now() - start) / 1000);
        measurement.error = `${message.replace(/^page\.evaluate: /, 'html-to-image failed: ')} (after ${seconds} s)`;
      }
      break;
    }
  }
  if (samples.length > 0) measurement.timing = timingOf(samples);
  return measurement;
}
