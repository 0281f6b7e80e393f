import { serializeMap } from '../../src-shared/model/serialize';
import { PNG_SCALE, pngOf, sceneOf, svgOf } from '../export/drawMap';
import type { ActionContext } from './actionContext';

function report(
  ctx: ActionContext,
  result: Awaited<ReturnType<ActionContext['argmap']['file']['exportImage']>>,
  note = '',
) {
  if (result.status === 'saved') ctx.editor.getState().showFlash(`Exported ${result.name}${note}.`);
  if (result.status === 'failed')
    ctx.editor.getState().showNotice({ title: 'The map was not exported', message: result.message });
}

/** Exports the whole map as a true-vector SVG (shapes, paths and real text), in the current theme. */
export async function exportSvg(ctx: ActionContext): Promise<void> {
  const { map, theme } = ctx.editor.getState();
  const data = svgOf(await sceneOf(map, theme), map.title);
  report(ctx, await ctx.argmap.file.exportImage({ format: 'svg', data, suggestedName: map.title }));
}

/** Exports the whole map as a PNG at 2× (or the largest scale that fits a canvas), its density recorded. */
export async function exportPng(ctx: ActionContext): Promise<void> {
  const { map, theme } = ctx.editor.getState();
  const { png, scale, width, height } = await pngOf(await sceneOf(map, theme));
  const result = await ctx.argmap.file.exportImage({
    format: 'png',
    data: toBase64(png),
    suggestedName: map.title,
  });
  report(
    ctx,
    result,
    scale < PNG_SCALE ? ` at ${scale}× (the largest that fits in an image of ${width} × ${height} px)` : '',
  );
}

/** The tour as a PDF handout, one page per step; main draws it (it takes a few seconds for a long tour). */
export async function exportHandout(ctx: ActionContext): Promise<void> {
  const state = ctx.editor.getState();
  state.showFlash('Preparing the handout…');
  report(ctx, await ctx.argmap.file.exportHandout({ text: serializeMap(state.map), theme: state.theme }));
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
