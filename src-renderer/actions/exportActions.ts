import { cssFont, type Measure } from '../../src-shared/export/fonts';
import { withDensity } from '../../src-shared/export/pngDensity';
import { fittingScale } from '../../src-shared/export/pngSize';
import { renderSvg } from '../../src-shared/export/renderSvg';
import { buildScene } from '../../src-shared/export/scene';
import { serializeMap } from '../../src-shared/model/serialize';
import { paintScene } from '../export/paintScene';
import type { ActionContext } from './actionContext';

/** Text widths from the very font the canvas draws with, so exported lines break where the canvas breaks them. */
function canvasMeasure(): Measure {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) throw new Error('This window cannot measure text.');
  return (text, font) => {
    context.font = cssFont(font);
    return context.measureText(text).width;
  };
}

/** Exports the whole map as a true-vector SVG (shapes, paths and real text), in the current theme. */
export async function exportSvg(ctx: ActionContext): Promise<void> {
  await document.fonts.ready;
  const state = ctx.editor.getState();
  const scene = buildScene(state.map, { measure: canvasMeasure(), theme: state.theme, padding: 24 });
  const text = renderSvg(scene, { background: 'theme', title: state.map.title });
  const result = await ctx.argmap.file.exportImage({
    format: 'svg',
    data: text,
    suggestedName: state.map.title,
  });
  if (result.status === 'saved') ctx.editor.getState().showFlash(`Exported ${result.name}.`);
  if (result.status === 'failed')
    ctx.editor.getState().showNotice({ title: 'The map was not exported', message: result.message });
}

/** The tour as a PDF handout, one page per step; main draws it (it takes a few seconds for a long tour). */
export async function exportHandout(ctx: ActionContext): Promise<void> {
  const state = ctx.editor.getState();
  state.showFlash('Preparing the handout…');
  const result = await ctx.argmap.file.exportHandout({ text: serializeMap(state.map), theme: state.theme });
  if (result.status === 'saved') ctx.editor.getState().showFlash(`Exported ${result.name}.`);
  if (result.status === 'failed')
    ctx.editor.getState().showNotice({ title: 'The handout was not exported', message: result.message });
}

const PNG_SCALE = 2;

/** Exports the whole map as a PNG at 2× (or the largest scale that fits a canvas), its density recorded. */
export async function exportPng(ctx: ActionContext): Promise<void> {
  await document.fonts.ready;
  const state = ctx.editor.getState();
  const scene = buildScene(state.map, { measure: canvasMeasure(), theme: state.theme, padding: 24 });
  const { width, height } = scene.bounds;
  const scale = fittingScale(width, height, PNG_SCALE);
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This window cannot draw the image.');
  paintScene(context, scene, scale, scene.canvas);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error(`The image (${canvas.width} × ${canvas.height} px) could not be encoded.`);
  const png = withDensity(new Uint8Array(await blob.arrayBuffer()), 96 * scale);
  const result = await ctx.argmap.file.exportImage({
    format: 'png',
    data: toBase64(png),
    suggestedName: state.map.title,
  });
  const note =
    scale < PNG_SCALE
      ? ` at ${scale}× (the largest that fits in an image of ${canvas.width} × ${canvas.height} px)`
      : '';
  if (result.status === 'saved') ctx.editor.getState().showFlash(`Exported ${result.name}${note}.`);
  if (result.status === 'failed')
    ctx.editor.getState().showNotice({ title: 'The map was not exported', message: result.message });
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
