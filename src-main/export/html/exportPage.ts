import type { ExportOptions } from '../../../src-shared/export/exportOptions';
import type { Measure } from '../../../src-shared/export/fonts';
import { buildScene, DIMMED_OPACITY } from '../../../src-shared/export/scene';
import type { Scene } from '../../../src-shared/export/sceneTypes';
import type { ArgMap } from '../../../src-shared/model/map';
import { isRefusal, type Refusal, refuse } from '../../../src-shared/ops/refusal';
import { pageData } from '../../../src-shared/share/pageData';
import { sharePage } from './sharePage';

/** The drawing a web page carries: every node, folded or not, since a reader cannot unfold them. */
export function pageScene(map: ArgMap, options: ExportOptions, measure: Measure): Scene | Refusal {
  if (map.nodes.length === 0) return refuse('The map is empty: there is nothing to export.');
  const { theme, padding } = options;
  return buildScene(map, { measure, theme, padding, assessment: options.assessment === true });
}

/**
 * The map as one web page to share: every node (folded branches too, since a reader cannot unfold
 * them), its tour, and, as the options say, its source text and its assessment.
 */
export async function exportPage(
  map: ArgMap,
  options: ExportOptions,
  measure: Measure,
): Promise<{ html: string; width: number; height: number } | Refusal> {
  const scene = pageScene(map, options, measure);
  if (isRefusal(scene)) return scene;
  const assessment = options.assessment === true;
  const data = pageData(map, scene, { source: options.source !== false, assessment, dimmed: DIMMED_OPACITY });
  const background = { transparent: null, white: '#ffffff', theme: scene.canvas }[options.background];
  const html = await sharePage(scene, data, background);
  return { html, width: Math.round(scene.bounds.width), height: Math.round(scene.bounds.height) };
}
