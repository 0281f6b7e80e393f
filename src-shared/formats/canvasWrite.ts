import { PALETTES } from '../export/palette';
import { estimateNodeSize } from '../layout/nodeSize';
import type { ArgMap, ArgNode } from '../model/map';
import { oneLine } from '../text/oneLine';
import { KIND_LABELS, UNKNOWN_SPEAKER } from './kindLabels';

/** Spec 1.0 (jsoncanvas.org): every node has id, type, x, y, width, height (integers); text nodes a text. */
export interface CanvasNode {
  id: string;
  type: 'text';
  x: number;
  y: number;
  width: number;
  height: number;
  text: string;
  color: string;
}
export interface CanvasEdge {
  id: string;
  fromNode: string;
  toNode: string;
  fromSide: 'top';
  toSide: 'bottom';
  toEnd: 'arrow';
  color: string;
  label: string;
}

/** A card's Markdown: its kind as a heading line, its text, and a quote's speaker. */
export function canvasCardText(node: ArgNode): string {
  const lines = [`**${KIND_LABELS[node.kind]}**`, '', node.text];
  if (node.quote) {
    const { speaker, role } = node.quote;
    // On one line: the attribution is the card's last line, and a line break would cut it in two.
    lines.push('', `— ${oneLine(speaker) || UNKNOWN_SPEAKER}${role?.trim() ? `, ${oneLine(role)}` : ''}`);
  }
  return lines.join('\n');
}

/**
 * A map as JSON Canvas 1.0 (Obsidian's `.canvas`): each node a text card at its position and size in its
 * kind's colour, each link an arrow from the reason's top to the claim's bottom labelled supports or opposes.
 */
export function writeCanvas(map: ArgMap): string {
  const palette = PALETTES.light;
  const nodes: CanvasNode[] = map.nodes.map((node) => {
    const size = node.size ?? estimateNodeSize(node);
    return {
      id: node.id,
      type: 'text',
      x: Math.round(node.position.x),
      y: Math.round(node.position.y),
      width: Math.max(1, Math.round(size.width)),
      height: Math.max(1, Math.round(size.height)),
      text: canvasCardText(node),
      color: palette.kinds[node.kind].color,
    };
  });
  const edges: CanvasEdge[] = map.edges.map((edge) => ({
    id: edge.id,
    fromNode: edge.from,
    toNode: edge.to,
    fromSide: 'top',
    toSide: 'bottom',
    toEnd: 'arrow',
    color: palette.relations[edge.relation],
    label: edge.relation,
  }));
  return `${JSON.stringify({ nodes, edges }, null, 2)}\n`;
}
