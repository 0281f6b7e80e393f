import { NODE_BOX } from '../layout/nodeSize';
import type { ArgNode, NodeKind } from '../model/map';
import { baselineOffset, FONTS, type FontSpec, type Measure, textWidth } from './fonts';
import { KIND_ICONS } from './kindIcons';
import { mixColors, type Palette } from './palette';
import type { SceneCard, SceneText } from './sceneTypes';
import { wrapText } from './wrapText';

/** The labels of src-renderer/canvas/nodes/kinds.ts, upper-cased as the canvas's CSS shows them. */
const KIND_LABELS: Record<NodeKind, string> = {
  thesis: 'THESIS',
  premise: 'PREMISE',
  counterpoint: 'COUNTERPOINT',
  rebuttal: 'REBUTTAL',
  quote: 'QUOTE',
  note: 'NOTE',
};

// The card's CSS: `padding: 10px 14px 10px 16px; border: 1px; border-left: 4px; border-radius: 10px`.
const PADDING_LEFT = 16;
const PADDING_RIGHT = 14;
const ACCENT = 4;
const RADIUS = 10;
const ICON_SIZE = 14;
const ICON_GAP = 6;
const INSET_LEFT = ACCENT + PADDING_LEFT;
const INSET_X = INSET_LEFT + PADDING_RIGHT + NODE_BOX.border;
/** The widest the text column gets: the card's largest width less borders and padding. */
const COLUMN = NODE_BOX.width - INSET_X;

interface Block {
  text: string;
  font: FontSpec;
  fill: string;
  lineHeight: number;
  /** The canvas wraps attribution lines normally: runs of white space collapse to one space. */
  collapse: boolean;
}

/** The blocks of text a node shows under its label, in order. */
function blocks(node: ArgNode, palette: Palette): Block[] {
  const body = { lineHeight: NODE_BOX.lineHeight, fill: palette.text, collapse: false };
  if (node.kind !== 'quote') {
    return [{ ...body, text: node.text, font: node.kind === 'thesis' ? FONTS.thesis : FONTS.body }];
  }
  const direct = node.quote?.direct ?? true;
  const small = { lineHeight: NODE_BOX.attribution.lineHeight, collapse: true };
  const result: Block[] = [
    direct
      ? { ...body, text: `“${node.text}”`, font: FONTS.directQuote }
      : { ...body, text: node.text, font: FONTS.body },
    {
      ...small,
      text: `— ${node.quote?.speaker || 'Unknown speaker'}`,
      font: FONTS.speaker,
      fill: palette.text,
    },
  ];
  if (node.quote?.role)
    result.push({ ...small, text: node.quote.role, font: FONTS.role, fill: palette.textMuted });
  if (!direct)
    result.push({ ...small, text: 'reported speech', font: FONTS.reported, fill: palette.textMuted });
  return result;
}

/**
 * Lays out one node as the canvas draws it: the card is as wide as its longest unbroken line
 * (`width: max-content`) between NODE_BOX.minWidth and NODE_BOX.width, and text wraps in what is left.
 */
export function layoutCard(node: ArgNode, measure: Measure, palette: Palette): SceneCard {
  const look = palette.kinds[node.kind];
  const label = KIND_LABELS[node.kind];
  const parts = blocks(node, palette).map((block) => ({
    ...block,
    text: block.collapse ? block.text.replace(/[ \t\n\r]+/g, ' ').trim() : block.text,
  }));
  const contentWidth = Math.max(
    ICON_SIZE + ICON_GAP + textWidth(label, FONTS.label, measure),
    ...parts.flatMap((part) => part.text.split('\n').map((line) => textWidth(line, part.font, measure))),
  );
  const width = Math.min(NODE_BOX.width, Math.max(NODE_BOX.minWidth, contentWidth + INSET_X));
  const column = Math.min(COLUMN, width - INSET_X);
  const { x } = node.position;
  const textX = x + INSET_LEFT;
  let y = node.position.y + NODE_BOX.border + NODE_BOX.paddingY;
  const headerTop = y;
  y += NODE_BOX.headerHeight;
  const texts: SceneText[] = [
    {
      x: textX + ICON_SIZE + ICON_GAP,
      y: headerTop + baselineOffset(FONTS.label, NODE_BOX.headerHeight),
      lineHeight: NODE_BOX.headerHeight,
      lines: [label],
      font: FONTS.label,
      fill: look.color,
    },
  ];
  parts.forEach((part, i) => {
    if (i === 1) y += NODE_BOX.attribution.marginTop;
    const lines = wrapText(part.text, column, (text) => textWidth(text, part.font, measure));
    texts.push({
      x: textX,
      y: y + baselineOffset(part.font, part.lineHeight),
      lineHeight: part.lineHeight,
      lines,
      font: part.font,
      fill: part.fill,
    });
    y += lines.length * part.lineHeight;
  });
  const height = y + NODE_BOX.paddingY + NODE_BOX.border - node.position.y;
  return {
    id: node.id,
    kind: node.kind,
    box: { x, y: node.position.y, width, height },
    radius: RADIUS,
    fill: node.kind === 'thesis' ? look.tint : palette.surface,
    stroke: node.kind === 'thesis' ? mixColors(look.color, palette.border, 0.35) : palette.border,
    dashed: node.kind === 'note',
    accent: { width: ACCENT, color: look.color },
    icon: {
      x: textX,
      y: headerTop + (NODE_BOX.headerHeight - ICON_SIZE) / 2,
      size: ICON_SIZE,
      color: look.color,
      paths: KIND_ICONS[node.kind],
    },
    texts,
  };
}
