import type { NodeKind } from '../model/map';

/**
 * Arc flags are written out ("0 0 1", not "001"): PDF writers' path parsers need the separators.
 * The kind icons the canvas shows (src-renderer/canvas/nodes/kinds.ts), as path data on lucide's
 * 24 × 24 grid, drawn with a round-capped stroke and no fill. Copied from lucide-react 1.81.0
 * (dist/esm/icons/*.mjs) because importing it would pull React into the core. Lucide is
 * © Lucide Icons and Contributors, ISC License. Its `<circle cx=12 cy=12 r=10>` is written here
 * as two arcs, so every icon is paths only.
 */
const CIRCLE = 'M2 12a10 10 0 1 0 20 0a10 10 0 1 0-20 0';

export const KIND_ICONS: Record<NodeKind, readonly string[]> = {
  // lucide "flag"
  thesis: [
    'M4 22V4a1 1 0 0 1 .4-.8A6 6 0 0 1 8 2c3 0 5 2 7.333 2q2 0 3.067-.8A1 1 0 0 1 20 4v10a1 1 0 0 1-.4.8A6 6 0 0 1 16 16c-3 0-5-2-8-2a6 6 0 0 0-4 1.528',
  ],
  // lucide "circle-plus"
  premise: [CIRCLE, 'M8 12h8', 'M12 8v8'],
  // lucide "circle-minus"
  counterpoint: [CIRCLE, 'M8 12h8'],
  // lucide "message-square-reply"
  rebuttal: [
    'M22 17a2 2 0 0 1-2 2H6.828a2 2 0 0 0-1.414.586l-2.202 2.202A0.7 0.7 0 0 1 2 21.286V5a2 2 0 0 1 2-2h16a2 2 0 0 1 2 2z',
    'M16 14v-1a2 2 0 0 0-2-2H8',
    'm11 8-3 3 3 3',
  ],
  // lucide "quote"
  quote: [
    'M16 3a2 2 0 0 0-2 2v6a2 2 0 0 0 2 2 1 1 0 0 1 1 1v1a2 2 0 0 1-2 2 1 1 0 0 0-1 1v2a1 1 0 0 0 1 1 6 6 0 0 0 6-6V5a2 2 0 0 0-2-2z',
    'M5 3a2 2 0 0 0-2 2v6a2 2 0 0 0 2 2 1 1 0 0 1 1 1v1a2 2 0 0 1-2 2 1 1 0 0 0-1 1v2a1 1 0 0 0 1 1 6 6 0 0 0 6-6V5a2 2 0 0 0-2-2z',
  ],
  // lucide "sticky-note"
  note: [
    'M21 9a2.4 2.4 0 0 0-.706-1.706l-3.588-3.588A2.4 2.4 0 0 0 15 3H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2z',
    'M15 3v5a1 1 0 0 0 1 1h5',
  ],
};

/** The grid lucide draws on, and the stroke width the canvas asks for (in grid units, so it scales). */
export const ICON_GRID = 24;
export const ICON_STROKE = 2.25;
