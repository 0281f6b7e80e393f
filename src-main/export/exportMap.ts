import { PNG_MAP_KEYWORD } from '../../src-shared/export/embeddedMap';
import type { ExportOptions } from '../../src-shared/export/exportOptions';
import { exportScene } from '../../src-shared/export/exportScene';
import { mapToDraw } from '../../src-shared/export/fitSlide';
import type { Measure } from '../../src-shared/export/fonts';
import { fontkitMeasure, type InterFonts } from '../../src-shared/export/interFonts';
import { pdfPageCount, pdfPagesProblem } from '../../src-shared/export/pdfSheets';
import { pixelSize, pngSizeProblem } from '../../src-shared/export/pngSize';
import { renderSvg } from '../../src-shared/export/renderSvg';
import type { ArgMap } from '../../src-shared/model/map';
import { serializeMap } from '../../src-shared/model/serialize';
import { isRefusal } from '../../src-shared/ops/refusal';

export interface ExportContext {
  fonts: InterFonts;
  signal?: AbortSignal;
  /** Called as the work advances (bands of a PNG, pages of a PDF). */
  onProgress?: (done: number, total: number) => void;
}

export type ExportResult =
  | {
      ok: true;
      bytes: Uint8Array;
      /** The image's size in pixels (for SVG and PDF, in canvas pixels at 1×). */
      width: number;
      height: number;
      /** The scale a PNG was drawn at; 1 for the vector formats. */
      scale: number;
      pages: number;
    }
  | { ok: false; message: string; canceled?: true };

const measures = new WeakMap<InterFonts, Measure>();

/** One measure per set of fonts, so its cache of word widths serves every export and preview. */
export function measureFor(fonts: InterFonts): Measure {
  let measure = measures.get(fonts);
  if (!measure) {
    measure = fontkitMeasure(fonts);
    measures.set(fonts, measure);
  }
  return measure;
}

/**
 * The one export engine: the app (in main) and `argmap export` (in plain Node) both turn a map and
 * the same options into bytes here, so the two give the same file.
 */
export async function exportMap(
  map: ArgMap,
  options: ExportOptions,
  context: ExportContext,
): Promise<ExportResult> {
  if (options.format === 'html') {
    // The web page's viewer is loaded only for web pages.
    const { exportPage } = await import('./html/exportPage');
    const page = await exportPage(map, options, measureFor(context.fonts));
    if (isRefusal(page)) return { ok: false, message: page.refused };
    const bytes = new TextEncoder().encode(page.html);
    return { ok: true, bytes, width: page.width, height: page.height, scale: 1, pages: 1 };
  }
  const scene = exportScene(await mapToDraw(map, options), options, measureFor(context.fonts));
  if (isRefusal(scene)) return { ok: false, message: scene.refused };
  const vectorSize = pixelSize(scene.bounds, 1);
  const embedded = options.embedMap ? serializeMap(map) : undefined;
  try {
    if (options.format === 'svg') {
      const svg = renderSvg(scene, {
        background: options.background,
        ...(embedded === undefined ? {} : { embeddedMap: embedded }),
      });
      return { ok: true, bytes: new TextEncoder().encode(svg), ...vectorSize, scale: 1, pages: 1 };
    }
    if (options.format === 'png') {
      const problem = pngSizeProblem(scene.bounds, options.scale);
      if (problem) return { ok: false, message: problem };
      // Each format's renderer (resvg; pdf-lib) is loaded when a file of that format is made.
      const { renderPng } = await import('./renderPng');
      const bytes = await renderPng(scene, {
        scale: options.scale,
        background: options.background,
        fonts: context.fonts,
        texts: {
          Title: scene.title,
          Software: 'Argmap',
          ...(embedded === undefined ? {} : { [PNG_MAP_KEYWORD]: embedded }),
        },
        ...signalAndProgress(context),
      });
      return { ok: true, bytes, ...pixelSize(scene.bounds, options.scale), scale: options.scale, pages: 1 };
    }
    const problem = pdfPagesProblem(scene.bounds, options);
    if (problem) return { ok: false, message: problem };
    const { renderMapPdf } = await import('../../src-shared/export/renderMapPdf');
    const bytes = await renderMapPdf(scene, context.fonts, {
      paper: options.paper,
      sheetsAcross: options.sheetsAcross,
      background: options.background,
      title: scene.title,
      ...signalAndProgress(context),
    });
    return { ok: true, bytes, ...vectorSize, scale: 1, pages: pdfPageCount(scene.bounds, options) };
  } catch (error) {
    if (context.signal?.aborted) return { ok: false, message: 'The export was canceled.', canceled: true };
    throw error;
  }
}

function signalAndProgress(context: ExportContext) {
  return {
    ...(context.signal ? { signal: context.signal } : {}),
    ...(context.onProgress ? { onProgress: context.onProgress } : {}),
  };
}
