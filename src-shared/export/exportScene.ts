import { foldingOf } from '../fold/folding';
import type { ArgMap } from '../model/map';
import { type Refusal, refuse } from '../ops/refusal';
import { tourVisibility } from '../tour/visibility';
import { withCitation } from './citationMark';
import type { ExportOptions } from './exportOptions';
import { foldMarks } from './foldMarks';
import type { Measure } from './fonts';
import { LOOKS } from './looks';
import { buildScene } from './scene';
import type { Scene } from './sceneTypes';

/**
 * The drawing an export shows: the whole map, the chosen nodes with the links among them, or a tour
 * step as the room sees it (what the step reveals, the cards outside its focus dimmed, and the standing
 * of each card when the step shows the assessment).
 */
export function exportScene(map: ArgMap, options: ExportOptions, measure: Measure): Scene | Refusal {
  const scene = subjectScene(map, options, measure);
  if (!options.citation || 'refused' in scene) return scene;
  return withCitation(scene, map, LOOKS[options.theme], measure);
}

function subjectScene(map: ArgMap, options: ExportOptions, measure: Measure): Scene | Refusal {
  const base = {
    measure,
    theme: options.theme,
    padding: options.padding,
    assessment: options.assessment === true,
  };
  const { subject } = options;
  if (subject.kind === 'map') {
    if (map.nodes.length === 0) return refuse('The map is empty: there is nothing to export.');
    // Folded branches stay folded in the picture, as on the canvas.
    const { hidden, hiddenBelow } = foldingOf(map);
    if (hidden.size === 0) return buildScene(map, base);
    const scene = buildScene(map, {
      ...base,
      only: new Set(map.nodes.filter((n) => !hidden.has(n.id)).map((n) => n.id)),
    });
    return { ...scene, marks: [...(scene.marks ?? []), ...foldMarks(scene.cards, hiddenBelow, measure)] };
  }
  if (subject.kind === 'nodes') {
    const present = new Set(map.nodes.map((node) => node.id));
    const only = new Set(subject.ids.filter((id) => present.has(id)));
    if (only.size === 0) return refuse('None of the chosen nodes is on the map any more.');
    return buildScene(map, { ...base, only });
  }
  const step = tourVisibility(map)[subject.index];
  if (!step) {
    return refuse(
      map.tour.length === 0
        ? 'The map has no tour, so it has no step to export.'
        : `The tour has ${map.tour.length} steps: there is no step ${subject.index + 1}.`,
    );
  }
  if (step.revealed.size === 0) return refuse(`Tour step ${subject.index + 1} shows no node.`);
  // A step that shows the assessment shows it in its picture too, as the room sees it.
  const assessment = base.assessment || map.tour[subject.index]?.showAssessment === true;
  return buildScene(map, { ...base, assessment, only: step.revealed, focus: step.focus });
}
