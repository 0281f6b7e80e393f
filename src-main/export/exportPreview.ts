import type { ExportOptions } from '../../src-shared/export/exportOptions';
import { exportScene } from '../../src-shared/export/exportScene';
import { mapToDraw } from '../../src-shared/export/fitSlide';
import type { InterFonts } from '../../src-shared/export/interFonts';
import { pdfPageCount, pdfPagesProblem } from '../../src-shared/export/pdfSheets';
import { pixelSize, pngSizeProblem } from '../../src-shared/export/pngSize';
import type { ExportPreview } from '../../src-shared/ipc/contract';
import type { ArgMap } from '../../src-shared/model/map';
import { isRefusal } from '../../src-shared/ops/refusal';
import { measureFor } from './exportMap';
import { pageScene } from './html/exportPage';
import { renderPng } from './renderPng';

/** The preview's largest size in pixels: the dialog shows it at most 640 × 360 CSS px, on 2× screens too. */
const PREVIEW = { width: 1280, height: 720 };

/**
 * What the export dialog shows while options change: a small image drawn by the same engine as the
 * export, and what the file will be (its size in pixels, its pages, or why it cannot be made).
 */
export async function previewExport(
  map: ArgMap,
  options: ExportOptions,
  fonts: InterFonts,
): Promise<ExportPreview> {
  const measure = measureFor(fonts);
  const scene =
    options.format === 'html'
      ? pageScene(map, options, measure)
      : exportScene(await mapToDraw(map, options), options, measure);
  if (isRefusal(scene)) return { status: 'failed', message: scene.refused };
  const { bounds } = scene;
  const scale = Math.min(2, PREVIEW.width / bounds.width, PREVIEW.height / bounds.height);
  const image = await renderPng(scene, { scale, background: options.background, fonts });
  const size = pixelSize(bounds, options.format === 'png' ? options.scale : 1);
  return {
    status: 'ready',
    image: Buffer.from(image).toString('base64'),
    width: size.width,
    height: size.height,
    pages: options.format === 'pdf' ? pdfPageCount(bounds, options) : 1,
    problem:
      options.format === 'png'
        ? pngSizeProblem(bounds, options.scale)
        : options.format === 'pdf'
          ? pdfPagesProblem(bounds, options)
          : null,
  };
}
