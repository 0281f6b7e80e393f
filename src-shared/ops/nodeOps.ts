import type { ArgEdge, ArgMap, ArgNode, Position, QuoteAttribution } from '../model/map';
import type { Change, Step } from './change';

/** Replaces a node's text. Returns null when nothing would change, so no empty step enters history. */
export function setNodeText(map: ArgMap, args: { id: string; text: string }): Change | null {
  const node = map.nodes.find((candidate) => candidate.id === args.id);
  if (!node || node.text === args.text) return null;
  return {
    label: 'Edit text',
    steps: [
      { type: 'update', list: 'nodes', id: args.id, before: { text: node.text }, after: { text: args.text } },
    ],
  };
}

/** Moves nodes to new positions as one step of history (a whole drag is one undo). */
export function moveNodes(
  map: ArgMap,
  args: { moves: ReadonlyArray<{ id: string; position: Position }> },
): Change | null {
  const byId = new Map(map.nodes.map((node) => [node.id, node]));
  const steps: Step[] = [];
  for (const { id, position } of args.moves) {
    const node = byId.get(id);
    if (!node || (node.position.x === position.x && node.position.y === position.y)) continue;
    steps.push({
      type: 'update',
      list: 'nodes',
      id,
      before: { position: node.position },
      after: { position: { x: position.x, y: position.y } },
    });
  }
  if (steps.length === 0) return null;
  return { label: steps.length === 1 ? 'Move node' : `Move ${steps.length} nodes`, steps };
}

/** Adds a node, and the edge that links it to the claim it bears on, as one step of history. */
export function addNode(map: ArgMap, args: { node: ArgNode; edge?: ArgEdge }): Change {
  const steps: Step[] = [{ type: 'insert', list: 'nodes', index: map.nodes.length, record: args.node }];
  if (args.edge) steps.push({ type: 'insert', list: 'edges', index: map.edges.length, record: args.edge });
  return { label: `Add ${args.node.kind}`, steps };
}

/** Sets who said a quote. Returns null for a node that is not a quote or when nothing changes. */
export function setQuoteAttribution(
  map: ArgMap,
  args: { id: string; quote: QuoteAttribution },
): Change | null {
  const node = map.nodes.find((candidate) => candidate.id === args.id);
  if (!node?.quote) return null;
  const quote: QuoteAttribution = { speaker: args.quote.speaker, direct: args.quote.direct };
  if (args.quote.role) quote.role = args.quote.role;
  if (JSON.stringify(quote) === JSON.stringify(node.quote)) return null;
  return {
    label: 'Set speaker',
    steps: [{ type: 'update', list: 'nodes', id: args.id, before: { quote: node.quote }, after: { quote } }],
  };
}
