import type { ArgMap } from '../model/map';
import { revealBidiControls } from '../text/revealBidiControls';
import { layoutCard } from './cardLayout';
import { edgeBounds, layoutEdge } from './edgeLayout';
import type { Measure } from './fonts';
import { LOOKS } from './looks';
import type { ExportTheme } from './palette';
import type { Box, Scene, SceneCard } from './sceneTypes';
import { standingMarks } from './standingMarks';

export interface SceneOptions {
  measure: Measure;
  theme: ExportTheme;
  /** Space around the drawing, in px. */
  padding: number;
  /** Draw only these nodes (a selection, or what a tour step reveals); an edge needs both its ends. */
  only?: ReadonlySet<string>;
  /** A tour step's focus: the other cards are drawn dimmed, as the presentation shows them. */
  focus?: ReadonlySet<string>;
  /** Draw each card's standing and the verdict, as Assess mode shows them. */
  assessment?: boolean;
}

/** How strongly a card outside the focus shows. */
export const DIMMED_OPACITY = 0.3;

/**
 * Lays out a drawing of the map from the document alone, as the canvas draws it: edges below
 * cards, cards in map order (later ones on top).
 */
export function buildScene(map: ArgMap, options: SceneOptions): Scene {
  const look = LOOKS[options.theme];
  const { only, focus } = options;
  const cards = new Map<string, SceneCard>();
  for (const node of map.nodes) {
    if (only && !only.has(node.id)) continue;
    const card = layoutCard(node, options.measure, look);
    cards.set(node.id, focus && !focus.has(node.id) ? { ...card, opacity: DIMMED_OPACITY } : card);
  }
  const edges = map.edges.flatMap((edge) => {
    const reason = cards.get(edge.from);
    const claim = cards.get(edge.to);
    return reason && claim ? [layoutEdge(edge, reason.box, claim.box, look)] : [];
  });
  const drawn = [...cards.values()];
  const marks = options.assessment ? standingMarks(map, drawn, look, options.measure) : [];
  const content = union([
    ...drawn.map((card) => card.box),
    ...edges.map(edgeBounds),
    ...marks.map((mark) => mark.box),
  ]);
  const padding = Math.max(0, options.padding);
  // Whole pixels, so an image's size in pixels is the drawing's size times its scale.
  const left = Math.floor(content.x - padding);
  const top = Math.floor(content.y - padding);
  return {
    title: revealBidiControls(map.title),
    bounds: {
      x: left,
      y: top,
      width: Math.ceil(content.x + content.width + padding) - left,
      height: Math.ceil(content.y + content.height + padding) - top,
    },
    canvas: look.palette.canvas,
    edges,
    cards: drawn,
    marks,
  };
}

/** The smallest box holding all the boxes; an empty box at the origin when there are none. */
function union(boxes: Box[]): Box {
  if (boxes.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const box of boxes) {
    left = Math.min(left, box.x);
    top = Math.min(top, box.y);
    right = Math.max(right, box.x + box.width);
    bottom = Math.max(bottom, box.y + box.height);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}
