import { estimateNodeSize } from '../layout/nodeSize';
import type { ArgMap, ArgNode, Position, Size } from '../model/map';
import { structureOf } from '../model/structure';
import type { Change, Step } from './change';
import { type Refusal, refuse } from './refusal';

const GAP = 40;
const LAYER = 60;

const sizeOf = (node: ArgNode): Size => node.size ?? estimateNodeSize(node);

/** A node and every reason below it, each once. */
function branchOf(map: ArgMap, id: string): string[] {
  const structure = structureOf(map);
  const seen = new Set<string>();
  const stack = [id];
  for (let at = stack.pop(); at !== undefined; at = stack.pop()) {
    if (seen.has(at)) continue;
    seen.add(at);
    stack.push(...structure.reasonsOf(at));
  }
  return [...seen];
}

/** Steps that move a whole branch so that its top node lands at `to`. */
function moveBranch(
  map: ArgMap,
  byId: Map<string, ArgNode>,
  id: string,
  to: Position,
  moved = new Set<string>(),
): Step[] {
  const top = byId.get(id) as ArgNode;
  const dx = to.x - top.position.x;
  const dy = to.y - top.position.y;
  if (dx === 0 && dy === 0) return [];
  const members = branchOf(map, id).filter((member) => !moved.has(member));
  return members.map((member): Step => {
    moved.add(member);
    const { position } = byId.get(member) as ArgNode;
    return {
      type: 'update',
      list: 'nodes',
      id: member,
      before: { position },
      after: { position: { x: position.x + dx, y: position.y + dy } },
    };
  });
}

/** The link by which a reason bears on its first claim (the one the outline shows it under). */
function linkToClaim(map: ArgMap, id: string) {
  const [claim] = structureOf(map).claimsOf(id);
  const edge = map.edges.find((candidate) => candidate.from === id && candidate.to === claim);
  return claim && edge ? { claim, edge } : null;
}

/** Re-links a reason to another claim and moves its branch to the right of that claim's reasons. */
function relink(map: ArgMap, id: string, to: string, label: string): Change | Refusal {
  const link = linkToClaim(map, id) as NonNullable<ReturnType<typeof linkToClaim>>;
  if (branchOf(map, id).includes(to)) return refuse('A reason cannot bear on a claim below itself.');
  if (map.edges.some((edge) => edge.from === id && edge.to === to))
    return refuse('This reason already bears on that claim.');
  const byId = new Map(map.nodes.map((node) => [node.id, node]));
  const claim = byId.get(to) as ArgNode;
  const reasons = structureOf(map)
    .reasonsOf(to)
    .map((reason) => byId.get(reason) as ArgNode);
  const right = reasons.reduce(
    (most, node) => Math.max(most, node.position.x + sizeOf(node).width + GAP),
    claim.position.x,
  );
  // In the row of the claim's first reasons, so that reading order (row by row) puts it last among them.
  const top = reasons.length > 0 ? Math.min(...reasons.map((node) => node.position.y)) : undefined;
  const place = { x: right, y: top ?? claim.position.y + sizeOf(claim).height + LAYER };
  return {
    label,
    steps: [
      { type: 'update', list: 'edges', id: link.edge.id, before: { to: link.claim }, after: { to } },
      ...moveBranch(map, byId, id, place),
    ],
  };
}

/** Tab in the outline: the reason (and its branch) moves under its previous sibling. */
export function indentReason(map: ArgMap, args: { id: string }): Change | Refusal {
  if (!linkToClaim(map, args.id)) return refuse('Only a reason can move under another reason.');
  const siblings = structureOf(map).siblingsOf(args.id);
  const previous = siblings[siblings.indexOf(args.id) - 1];
  if (!previous) return refuse('There is no reason before this one to move it under.');
  return relink(map, args.id, previous, 'Move under previous reason');
}

/** Shift+Tab in the outline: the reason moves up a level, to bear on its claim's claim. */
export function outdentReason(map: ArgMap, args: { id: string }): Change | Refusal {
  const link = linkToClaim(map, args.id);
  if (!link) return refuse('This node is already at the top level.');
  const [grand] = structureOf(map).claimsOf(link.claim);
  if (!grand) return refuse('This reason already bears on a top claim.');
  return relink(map, args.id, grand, 'Move up a level');
}

/**
 * Puts a reason at another place among its siblings (index in the new order). Sibling order is
 * left to right on the canvas and the order of the map's nodes (which Auto-Layout keeps): both change,
 * each sibling's branch moving along with it.
 */
export function reorderReason(map: ArgMap, args: { id: string; index: number }): Change | null {
  const siblings = [...structureOf(map).siblingsOf(args.id)];
  const from = siblings.indexOf(args.id);
  const index = Math.max(0, Math.min(siblings.length - 1, args.index));
  if (from < 0 || from === index || siblings.length < 2) return null;
  siblings.splice(from, 1);
  siblings.splice(index, 0, args.id);

  const byId = new Map(map.nodes.map((node) => [node.id, node]));
  const steps: Step[] = [];
  const moved = new Set<string>();
  let x = Math.min(...siblings.map((id) => (byId.get(id) as ArgNode).position.x));
  for (const id of siblings) {
    const node = byId.get(id) as ArgNode;
    steps.push(...moveBranch(map, byId, id, { x, y: node.position.y }, moved));
    const members = branchOf(map, id).map((member) => byId.get(member) as ArgNode);
    const left = Math.min(...members.map((member) => member.position.x));
    const right = Math.max(...members.map((member) => member.position.x + sizeOf(member).width));
    x += right - left + GAP;
  }

  // In the node list, the moved reason goes just before the sibling that now follows it (or after the one before).
  const list = map.nodes;
  const at = list.findIndex((node) => node.id === args.id);
  const record = list[at] as ArgNode;
  const rest = list.filter((node) => node.id !== args.id);
  const next = siblings[index + 1];
  const prior = siblings[index - 1];
  const target = next
    ? rest.findIndex((node) => node.id === next)
    : rest.findIndex((node) => node.id === prior) + 1;
  const order: Step[] =
    target === at
      ? []
      : [
          { type: 'remove', list: 'nodes', index: at, record },
          { type: 'insert', list: 'nodes', index: target, record },
        ];
  return { label: 'Reorder reasons', steps: [...order, ...steps] };
}
