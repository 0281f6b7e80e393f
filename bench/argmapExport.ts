import { DEFAULT_EXPORT_OPTIONS, type ExportFormat } from '../src-shared/export/exportOptions';
import type { InterFonts } from '../src-shared/export/interFonts';
import type { ArgMap } from '../src-shared/model/map';
import { type RunPlan, Timeout, type Timing, timingOf, wantsAnotherRun, withTimeout } from './measure';

type ExportMap = typeof import('../src-main/export/exportMap')['exportMap'];
type ExportResult = Awaited<ReturnType<ExportMap>>;

const isResult = (value: unknown): value is ExportResult =>
  typeof value === 'object' && value !== null && 'ok' in value;

/** The export engine and its fonts, loaded once, outside every timing. */
export interface Engine {
  exportMap: ExportMap;
  fonts: InterFonts;
}

/** Loads the engine, or says why it cannot be loaded (the bench reports that rather than stopping). */
export async function loadEngine(): Promise<Engine | { error: string }> {
  try {
    const [{ exportMap }, { loadInterFonts }] = await Promise.all([
      import('../src-main/export/exportMap'),
      import('../src-main/files/interFonts'),
    ]);
    return { exportMap, fonts: await loadInterFonts() };
  } catch (error) {
    return {
      error: `the export engine could not be loaded: ${error instanceof Error ? error.message : error}`,
    };
  }
}

export interface ArgmapMeasurement {
  format: ExportFormat;
  /** The scale asked for (PNG); `scale` below is the one timed. */
  requestedScale: number;
  timing?: Timing;
  bytes?: number;
  width?: number;
  height?: number;
  scale?: number;
  pages?: number;
  /** The engine's message when it refused the scale asked for. */
  refused?: string;
  timedOutAfterS?: number;
  error?: string;
}

/** "The largest scale that works for this drawing is 0.89×." */
const largestScaleIn = (message: string) => {
  const named = /largest scale[^0-9]*([0-9]+(?:\.[0-9]+)?)\s*×/i.exec(message);
  return named ? Number(named[1]) : null;
};

/**
 * Times exports of `map` through the engine, as the app and `argmap export` make them (default
 * options: light theme, 24 px padding, map embedded; PNG at 2×, PDF one page the map's size). A PNG
 * the engine refuses at 2× is timed at the largest scale its message names, else at 1×.
 */
export async function timeArgmapExport(
  engine: Engine,
  map: ArgMap,
  format: ExportFormat,
  plan: RunPlan,
): Promise<ArgmapMeasurement> {
  const requestedScale = format === 'png' ? 2 : 1;
  const measurement: ArgmapMeasurement = { format, requestedScale };
  let scale = requestedScale;
  const samples: number[] = [];
  while (wantsAnotherRun(plan, samples)) {
    const options = { ...DEFAULT_EXPORT_OPTIONS, format, scale, paper: 'fit' as const };
    const start = performance.now();
    // The engine stops at the signal (between bands of a PNG); the race is a backstop should it not.
    const signal = AbortSignal.timeout(plan.timeoutS * 1000);
    const result = await withTimeout(
      engine.exportMap(map, options, { fonts: engine.fonts, signal }),
      plan.timeoutS + 30,
    ).catch((error: unknown) => error);
    const ms = performance.now() - start;
    if (result instanceof Timeout || (isResult(result) && !result.ok && result.canceled)) {
      measurement.timedOutAfterS = plan.timeoutS;
      break;
    }
    if (!isResult(result)) {
      measurement.error = `the engine threw: ${result instanceof Error ? result.stack : String(result)}`;
      break;
    }
    if (!result.ok) {
      const fits =
        format === 'png' && measurement.refused === undefined ? largestScaleIn(result.message) : null;
      if (format === 'png' && measurement.refused === undefined) {
        measurement.refused = result.message;
        scale = fits ?? 1;
        continue;
      }
      measurement.error = result.message;
      break;
    }
    samples.push(ms);
    Object.assign(measurement, {
      bytes: result.bytes.byteLength,
      width: result.width,
      height: result.height,
      scale: result.scale,
      pages: result.pages,
    });
  }
  if (samples.length > 0) measurement.timing = timingOf(samples);
  return measurement;
}
