import { pngOf, sceneOf, svgOf } from '../export/drawMap';
import type { ActionContext } from './actionContext';
import { selectedNodes } from './selection';

/** What a copy shows: the selected nodes (with the links among them), or the whole map when none is selected. */
async function sceneToCopy(ctx: ActionContext) {
  const state = ctx.editor.getState();
  const selected = selectedNodes(state).map((node) => node.id);
  const scene = await sceneOf(state.map, state.theme, selected.length > 0 ? new Set(selected) : undefined);
  return {
    scene,
    what:
      selected.length > 0 ? `${selected.length === 1 ? '1 node' : `${selected.length} nodes`}` : 'the map',
  };
}

/** Puts a PNG on the system clipboard, ready to paste into slides and documents. */
export async function copyAsPng(ctx: ActionContext): Promise<void> {
  const { scene, what } = await sceneToCopy(ctx);
  const { png } = await pngOf(scene);
  await navigator.clipboard.write([
    new ClipboardItem({ 'image/png': new Blob([png as Uint8Array<ArrayBuffer>], { type: 'image/png' }) }),
  ]);
  ctx.editor.getState().showFlash(`Copied ${what} as an image.`);
}

/** Puts the SVG on the clipboard: as an SVG image where the platform takes one, and always as its text. */
export async function copyAsSvg(ctx: ActionContext): Promise<void> {
  const { scene, what } = await sceneToCopy(ctx);
  const svg = svgOf(scene, ctx.editor.getState().map.title);
  try {
    await navigator.clipboard.write([
      new ClipboardItem({
        'image/svg+xml': new Blob([svg], { type: 'image/svg+xml' }),
        'text/plain': new Blob([svg], { type: 'text/plain' }),
      }),
    ]);
  } catch {
    await navigator.clipboard.writeText(svg);
  }
  ctx.editor.getState().showFlash(`Copied ${what} as SVG.`);
}
