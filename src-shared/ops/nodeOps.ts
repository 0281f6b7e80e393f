import type { ArgMap, Position } from '../model/map';
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
