import { cssFont, type Measure } from '../../src-shared/export/fonts';
import { renderSvg } from '../../src-shared/export/renderSvg';
import { buildScene } from '../../src-shared/export/scene';
import { serializeMap } from '../../src-shared/model/serialize';
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
  const result = await ctx.argmap.file.exportImage({ format: 'svg', text, suggestedName: state.map.title });
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
