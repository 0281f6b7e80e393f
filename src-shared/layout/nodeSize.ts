import type { ArgNode, Size } from '../model/map';
import { revealBidiControls } from '../text/revealBidiControls';

/**
 * The box every node is drawn in. The canvas's CSS uses the same numbers (src-renderer/canvas/nodes/nodes.css),
 * so layout can place nodes before they are drawn; a component test checks the estimate is never too small.
 */
export const NODE_BOX = {
  /** The widest a card gets: longer text wraps. Cards with little text are narrower. */
  width: 280,
  minWidth: 180,
  border: 1,
  paddingY: 10,
  headerHeight: 22,
  lineHeight: 20,
  /** Inter at 14 px fits about 36 average characters in the 246 px text column; long words wrap early. */
  charsPerLine: 27,
  attribution: { marginTop: 6, lineHeight: 16, charsPerLine: 34 },
} as const;

function wrappedLines(text: string, charsPerLine: number): number {
  // Most texts are one paragraph: counted without splitting them (a large map estimates thousands).
  if (!text.includes('\n')) return Math.max(1, Math.ceil(text.length / charsPerLine));
  return text
    .split('\n')
    .reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(paragraph.length / charsPerLine)), 0);
}

type Estimated = Pick<ArgNode, 'text' | 'kind' | 'quote'>;
type Estimate = Pick<ArgNode, 'text' | 'kind'> & Partial<NonNullable<ArgNode['quote']>> & { size: Size };

/**
 * The last estimate made for each text: opening a map estimates each card for the canvas, for its first
 * view and for its bounds, and a node moved (or laid out) is a new record with the same text. What the
 * estimate reads is checked too, so a record changed in place is estimated afresh. Forgotten wholesale
 * when it grows past a bound.
 */
const byText = new Map<string, Estimate>();
const BY_TEXT_BOUND = 50_000;

const sameAs = (node: Estimated, known: Estimate) =>
  known.text === node.text &&
  known.kind === node.kind &&
  known.speaker === node.quote?.speaker &&
  known.role === node.quote?.role &&
  known.direct === node.quote?.direct;

/** An upper estimate of a node's drawn size, from its text alone: wrapped lines times line height. */
export function estimateNodeSize(node: Estimated): Size {
  const known = byText.get(node.text);
  if (known && sameAs(node, known)) return known.size;
  const size = estimateAfresh(node);
  const { speaker, role, direct } = node.quote ?? {};
  const estimate = { text: node.text, kind: node.kind, speaker, role, direct, size };
  if (byText.size >= BY_TEXT_BOUND) byText.clear();
  byText.set(node.text, estimate);
  return size;
}

function estimateAfresh(node: Estimated): Size {
  const { attribution } = NODE_BOX;
  let height = 2 * (NODE_BOX.border + NODE_BOX.paddingY) + NODE_BOX.headerHeight;
  // A direct quotation is drawn inside quotation marks.
  // As drawn: bidirectional controls show as their names.
  const shown = revealBidiControls(node.text);
  const text = node.kind === 'quote' && node.quote?.direct !== false ? `“${shown}”` : shown;
  height += wrappedLines(text, NODE_BOX.charsPerLine) * NODE_BOX.lineHeight;
  if (node.kind === 'quote') {
    const speaker = wrappedLines(`— ${node.quote?.speaker || 'Unknown speaker'}`, attribution.charsPerLine);
    const role = node.quote?.role ? wrappedLines(node.quote.role, attribution.charsPerLine) : 0;
    const reported = node.quote?.direct === false ? 1 : 0;
    height += attribution.marginTop + (speaker + role + reported) * attribution.lineHeight;
  }
  return { width: NODE_BOX.width, height };
}

/** The box around nodes, each at its stored drawn size or else the estimate: minX/minY/maxX/maxY. */
export function nodesBounds(
  nodes: ReadonlyArray<Pick<ArgNode, 'text' | 'kind' | 'quote' | 'position' | 'size'>>,
) {
  const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const node of nodes) {
    const size = node.size ?? estimateNodeSize(node);
    box.minX = Math.min(box.minX, node.position.x);
    box.minY = Math.min(box.minY, node.position.y);
    box.maxX = Math.max(box.maxX, node.position.x + size.width);
    box.maxY = Math.max(box.maxY, node.position.y + size.height);
  }
  return box;
}

const usable = (size: Size | undefined): size is Size =>
  size !== undefined && size.width > 0 && size.height > 0 && Number.isFinite(size.width + size.height);

/**
 * The size layout plans for a node: `drawn` (as the canvas measured it) when given, else its stored size,
 * else the estimate from its text. The canvas gives React Flow the same size for cards not yet drawn.
 */
export function plannedSize(node: Pick<ArgNode, 'text' | 'kind' | 'quote' | 'size'>, drawn?: Size): Size {
  const known = usable(drawn) ? drawn : usable(node.size) ? node.size : estimateNodeSize(node);
  // Boxes thinner than a pixel would make the search for a row's width take forever.
  return { width: Math.max(1, known.width), height: Math.max(1, known.height) };
}
