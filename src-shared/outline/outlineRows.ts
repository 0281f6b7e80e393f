import { foldingOf } from '../fold/folding';
import type { ArgMap, ArgNode } from '../model/map';
import { structureOf } from '../model/structure';

/** One line of the outline: a node, how deep it sits, and where it is among its siblings. */
export interface OutlineRow {
  node: ArgNode;
  /** 1 for a top claim, 2 for its reasons, and so on (ARIA's aria-level). */
  level: number;
  /** The claim it is listed under, or null at the top. */
  parent: string | null;
  /** 1-based place among its siblings, and how many there are (aria-posinset, aria-setsize). */
  position: number;
  siblings: number;
  /** Whether it has reasons of its own to show or hide; `expanded` says which (a fold hides them). */
  hasReasons: boolean;
  expanded: boolean;
}

/**
 * The argument as an indented outline: each thesis, then depth first through its reasons left to right,
 * then any other top claims and what only cycles reach. A node bearing on two claims is listed under the
 * first; a folded claim's reasons are left out, as on the canvas.
 */
export function outlineRows(map: ArgMap): OutlineRow[] {
  const structure = structureOf(map);
  const { folded } = foldingOf(map);
  const byId = new Map(map.nodes.map((node) => [node.id, node]));
  const listed = new Set<string>();
  const rows: OutlineRow[] = [];
  // Children of each node as listed in the outline: the reasons not listed elsewhere first.
  const childrenOf = (id: string) =>
    structure.reasonsOf(id).filter((reason) => structure.claimsOf(reason)[0] === id);

  const visit = (id: string, level: number, parent: string | null, position: number, siblings: number) => {
    const stack: Array<[string, number, string | null, number, number]> = [
      [id, level, parent, position, siblings],
    ];
    for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
      const [at, depth, claim, place, count] = entry;
      if (listed.has(at)) continue;
      listed.add(at);
      const children = childrenOf(at).filter((child) => !listed.has(child));
      const expanded = !folded.has(at);
      rows.push({
        node: byId.get(at) as ArgNode,
        level: depth,
        parent: claim,
        position: place,
        siblings: count,
        hasReasons: children.length > 0,
        expanded: children.length > 0 && expanded,
      });
      if (!expanded) {
        for (const child of children) markBelow(child);
        continue;
      }
      for (let i = children.length - 1; i >= 0; i--)
        stack.push([children[i] as string, depth + 1, at, i + 1, children.length]);
    }
  };
  // Under a fold, nothing is listed, and nothing there counts as a top of its own.
  const markBelow = (id: string) => {
    const stack = [id];
    for (let at = stack.pop(); at !== undefined; at = stack.pop()) {
      if (listed.has(at)) continue;
      listed.add(at);
      stack.push(...childrenOf(at));
    }
  };

  const tops = map.nodes.filter((node) => structure.claimsOf(node.id).length === 0);
  const ordered = [
    ...tops.filter((node) => node.kind === 'thesis'),
    ...tops.filter((node) => node.kind !== 'thesis'),
  ];
  ordered.forEach((node, i) => {
    visit(node.id, 1, null, i + 1, ordered.length);
  });
  for (const node of map.nodes) if (!listed.has(node.id)) visit(node.id, 1, null, 1, 1);
  return rows;
}
