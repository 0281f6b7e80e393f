import { cssFont, type Measure } from '../../src-shared/export/fonts';
import { withDensity } from '../../src-shared/export/pngDensity';
import { fittingScale } from '../../src-shared/export/pngSize';
import { renderSvg } from '../../src-shared/export/renderSvg';
import { buildScene } from '../../src-shared/export/scene';
import type { Scene } from '../../src-shared/export/sceneTypes';
import type { ArgMap } from '../../src-shared/model/map';
import { paintScene } from './paintScene';

/** Text widths from the very font the canvas draws with, so exported lines break where the canvas breaks them. */
function canvasMeasure(): Measure {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) throw new Error('This window cannot measure text.');
  return (text, font) => {
    context.font = cssFont(font);
    return context.measureText(text).width;
  };
}

/** The map (or only some of its nodes) laid out for drawing, once the page's fonts are ready. */
export async function sceneOf(
  map: ArgMap,
  theme: 'light' | 'dark',
  only?: ReadonlySet<string>,
): Promise<Scene> {
  await document.fonts.ready;
  return buildScene(map, { measure: canvasMeasure(), theme, padding: 24, ...(only ? { only } : {}) });
}

export function svgOf(scene: Scene, title: string): string {
  return renderSvg(scene, { background: 'theme', title });
}

export const PNG_SCALE = 2;

/** The scene as a PNG at 2× (or the largest scale a canvas allows), its density recorded. */
export async function pngOf(
  scene: Scene,
): Promise<{ png: Uint8Array; scale: number; width: number; height: number }> {
  const scale = fittingScale(scene.bounds.width, scene.bounds.height, PNG_SCALE);
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(scene.bounds.width * scale);
  canvas.height = Math.ceil(scene.bounds.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This window cannot draw the image.');
  paintScene(context, scene, scale, scene.canvas);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error(`The image (${canvas.width} × ${canvas.height} px) could not be encoded.`);
  const png = withDensity(new Uint8Array(await blob.arrayBuffer()), 96 * scale);
  return { png, scale, width: canvas.width, height: canvas.height };
}
