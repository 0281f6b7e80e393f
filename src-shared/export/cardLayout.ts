import { NODE_BOX } from '../layout/nodeSize';
import type { ArgNode, NodeKind } from '../model/map';
import { revealBidiControls } from '../text/revealBidiControls';
import { baselineOffset, type FontSpec, type Measure, textWidth } from './fonts';
import { KIND_ICONS } from './kindIcons';
import type { Look } from './looks';
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

// The card's CSS: `padding: 10px 14px 10px 16px; border-radius: 10px`; its borders depend on the look.
const PADDING_LEFT = 16;
const PADDING_RIGHT = 14;
const RADIUS = 10;
const ICON_SIZE = 14;
const ICON_GAP = 6;

interface Block {
  text: string;
  font: FontSpec;
  fill: string;
  lineHeight: number;
  /** The canvas wraps attribution lines normally: runs of white space collapse to one space. */
  collapse: boolean;
}

/** The blocks of text a node shows under its label, in order. */
function blocks(node: ArgNode, look: Look): Block[] {
  const { palette, fonts } = look;
  const body = { lineHeight: NODE_BOX.lineHeight, fill: palette.text, collapse: false };
  if (node.kind !== 'quote') {
    return [{ ...body, text: node.text, font: node.kind === 'thesis' ? fonts.thesis : fonts.body }];
  }
  const direct = node.quote?.direct ?? true;
  const small = { lineHeight: NODE_BOX.attribution.lineHeight, collapse: true };
  const result: Block[] = [
    direct
      ? { ...body, text: `“${node.text}”`, font: fonts.directQuote }
      : { ...body, text: node.text, font: fonts.body },
    {
      ...small,
      text: `— ${node.quote?.speaker || 'Unknown speaker'}`,
      font: fonts.speaker,
      fill: palette.text,
    },
  ];
  if (node.quote?.role)
    result.push({ ...small, text: node.quote.role, font: fonts.role, fill: palette.textMuted });
  if (!direct)
    result.push({ ...small, text: 'reported speech', font: fonts.reported, fill: palette.textMuted });
  return result;
}

/**
 * Lays out one node as the canvas draws it: the card is as wide as its longest unbroken line
 * (`width: max-content`) between NODE_BOX.minWidth and NODE_BOX.width, and text wraps in what is left.
 */
export function layoutCard(node: ArgNode, measure: Measure, look: Look): SceneCard {
  const { fonts, border, accent } = look;
  const kind = look.palette.kinds[node.kind];
  const insetLeft = accent + PADDING_LEFT;
  const insetX = insetLeft + PADDING_RIGHT + border;
  const label = KIND_LABELS[node.kind];
  // Drawn text shows bidirectional controls instead of obeying them: "\u202Egnp.exe" must not read "exe.png".
  const parts = blocks(node, look).map((block) => ({
    ...block,
    text: revealBidiControls(block.collapse ? block.text.replace(/[ \t\n\r]+/g, ' ').trim() : block.text),
  }));
  const contentWidth = Math.max(
    ICON_SIZE + ICON_GAP + textWidth(label, fonts.label, measure),
    ...parts.flatMap((part) => part.text.split('\n').map((line) => textWidth(line, part.font, measure))),
  );
  const width = Math.min(NODE_BOX.width, Math.max(NODE_BOX.minWidth, contentWidth + insetX));
  const column = width - insetX;
  const { x } = node.position;
  const textX = x + insetLeft;
  let y = node.position.y + border + NODE_BOX.paddingY;
  const headerTop = y;
  y += NODE_BOX.headerHeight;
  const texts: SceneText[] = [
    {
      x: textX + ICON_SIZE + ICON_GAP,
      y: headerTop + baselineOffset(fonts.label, NODE_BOX.headerHeight),
      lineHeight: NODE_BOX.headerHeight,
      lines: [label],
      font: fonts.label,
      fill: kind.color,
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
  const height = y + NODE_BOX.paddingY + border - node.position.y;
  return {
    id: node.id,
    kind: node.kind,
    box: { x, y: node.position.y, width, height },
    radius: RADIUS,
    fill: node.kind === 'thesis' ? kind.tint : look.palette.surface,
    stroke: look.borderColor(node.kind),
    border,
    dashed: node.kind === 'note',
    accent: { width: accent, color: kind.color },
    icon: {
      x: textX,
      y: headerTop + (NODE_BOX.headerHeight - ICON_SIZE) / 2,
      size: ICON_SIZE,
      color: kind.color,
      paths: KIND_ICONS[node.kind],
    },
    texts,
    opacity: 1,
  };
}
