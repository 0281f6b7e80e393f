import type { ArgNode } from '../../src-shared/model/map';
import { shortenForDisplay } from '../../src-shared/text/shortenForDisplay';
import { KIND_LOOK } from '../canvas/nodes/kinds';

/** How a node is named when its passage is reached by keyboard: "the quote by Jeffrey J. Hall", "the premise “Cars are loud.”". */
export function nodeName(node: ArgNode | undefined): string {
  if (!node) return 'a node';
  const kind = KIND_LOOK[node.kind].label.toLowerCase();
  const speaker = node.quote?.speaker?.trim();
  if (node.kind === 'quote' && speaker) return `the ${kind} by ${speaker}`;
  const text = node.text.trim();
  return text ? `the ${kind} “${shortenForDisplay(text, 60)}”` : `the ${kind}`;
}

/** The accessible name of a highlight: "Passage of the quote by Jeffrey J. Hall", or of several nodes. */
export function passageLabel(nodes: ReadonlyArray<ArgNode | undefined>): string {
  if (nodes.length === 1) return `Passage of ${nodeName(nodes[0])}`;
  return `Passage of ${nodes.length} nodes: ${nodes.map(nodeName).join(', ')}`;
}
