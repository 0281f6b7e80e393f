import { foldingOf, visiblePart } from '../fold/folding';
import { nodesBounds } from '../layout/nodeSize';
import type { ArgMap } from '../model/map';
import { applyChange } from '../ops/change';
import { collapseToLevel, levelsOf } from '../ops/foldOps';
import type { ExportOptions } from './exportOptions';
import { bodyTextSizes, PROJECTED_READABLE_PX } from './textSize';

/** How a map was folded to fit a slide: the deepest level of reasons kept, and how many cards left out. */
export interface SlideFit {
  map: ArgMap;
  /** The deepest level shown (1: the thesis's reasons), or null when the whole map fits as it is. */
  level: number | null;
  hidden: number;
}

const readable = (map: ArgMap) => {
  const { minX, minY, maxX, maxY } = nodesBounds(visiblePart(map).nodes);
  return bodyTextSizes({ width: maxX - minX, height: maxY - minY }, 1).onSlide >= PROJECTED_READABLE_PX;
};

/**
 * The map folded to the deepest level at which the whole of it, laid out again so that it closes up
 * around the folded branches, shows body text readable on a 16:9 slide; at worst folded to level 1.
 * Folded cards say how many cards they hide ("+12"), as on the canvas.
 */
export async function foldToFitSlide(map: ArgMap): Promise<SlideFit> {
  if (map.nodes.length === 0 || readable(map)) return { map, level: null, hidden: 0 };
  // Loaded only when a map is folded to fit: other exports never lay out.
  const { autoLayout } = await import('../layout/autoLayout');
  const deepest = Math.max(0, ...levelsOf(map).values());
  let fit: SlideFit = { map, level: null, hidden: 0 };
  for (let level = deepest - 1; level >= 1; level--) {
    const change = collapseToLevel(map, { level });
    const folded = change ? applyChange(map, change) : map;
    const moves = await autoLayout(visiblePart(folded));
    const laidOut = {
      ...folded,
      nodes: folded.nodes.map((node) => ({ ...node, position: moves.get(node.id) ?? node.position })),
    };
    fit = { map: laidOut, level, hidden: foldingOf(laidOut).hidden.size };
    if (readable(laidOut)) break;
  }
  return fit;
}

/** The map an export draws: as it is, or folded to fit a slide when the options ask for it. */
export async function mapToDraw(map: ArgMap, options: ExportOptions): Promise<ArgMap> {
  if (!options.fitSlide || options.subject.kind !== 'map') return map;
  return (await foldToFitSlide(map)).map;
}
