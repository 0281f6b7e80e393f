import { reasonsIndex } from '../fold/folding';
import type { ArgMap } from '../model/map';
import type { Change, Step } from './change';

/** Steps that set each listed node's fold, skipping those already so. */
function foldSteps(map: ArgMap, want: ReadonlyMap<string, boolean>): Step[] {
  const steps: Step[] = [];
  for (const node of map.nodes) {
    const collapsed = want.get(node.id);
    if (collapsed === undefined || !!node.collapsed === collapsed) continue;
    steps.push({
      type: 'update',
      list: 'nodes',
      id: node.id,
      before: { collapsed: node.collapsed },
      after: { collapsed: collapsed ? true : undefined },
    });
  }
  return steps;
}

/**
 * Folds or unfolds claims. Only a node with reasons can be folded; unfolding clears the field, so an
 * unfolded map saves as it did before folding existed. Null when nothing would change.
 */
export function setCollapsed(
  map: ArgMap,
  args: { ids: readonly string[]; collapsed: boolean },
): Change | null {
  const reasons = reasonsIndex(map.edges);
  const ids = args.collapsed ? args.ids.filter((id) => reasons.has(id)) : args.ids;
  const steps = foldSteps(map, new Map(ids.map((id) => [id, args.collapsed])));
  if (steps.length === 0) return null;
  const what = steps.length === 1 ? '' : ` ${steps.length} claims`;
  return { label: `${args.collapsed ? 'Collapse' : 'Expand'}${what}`, steps };
}

/**
 * How deep each node lies below the top of its argument: top claims (those bearing on nothing) are
 * level 0, their reasons level 1, and so on by the shortest path. Nodes only a cycle reaches count as tops.
 */
export function levelsOf(map: Pick<ArgMap, 'nodes' | 'edges'>): Map<string, number> {
  const reasons = reasonsIndex(map.edges);
  const isReason = new Set(map.edges.filter((edge) => edge.from !== edge.to).map((edge) => edge.from));
  const levels = new Map<string, number>();
  const spread = (tops: readonly string[]) => {
    let layer = tops.filter((id) => !levels.has(id));
    for (const id of layer) levels.set(id, 0);
    for (let depth = 1; layer.length > 0; depth++) {
      const next: string[] = [];
      for (const id of layer)
        for (const reason of reasons.get(id) ?? [])
          if (!levels.has(reason)) {
            levels.set(reason, depth);
            next.push(reason);
          }
      layer = next;
    }
  };
  spread(map.nodes.filter((node) => !isReason.has(node.id)).map((node) => node.id));
  for (const node of map.nodes) if (!levels.has(node.id)) spread([node.id]);
  return levels;
}

/**
 * Collapse to Level n: the top claims and n levels of reasons below them stay in sight; every claim at
 * level n or deeper that has reasons is folded, and every one above it unfolded.
 */
export function collapseToLevel(map: ArgMap, args: { level: number }): Change | null {
  const reasons = reasonsIndex(map.edges);
  const levels = levelsOf(map);
  const want = new Map<string, boolean>();
  for (const node of map.nodes)
    if (reasons.has(node.id)) want.set(node.id, (levels.get(node.id) ?? 0) >= args.level);
    else if (node.collapsed) want.set(node.id, false);
  const steps = foldSteps(map, want);
  return steps.length === 0 ? null : { label: `Collapse to level ${args.level}`, steps };
}

/** Unfolds every claim. */
export function expandAll(map: ArgMap): Change | null {
  const steps = foldSteps(
    map,
    new Map(map.nodes.filter((node) => node.collapsed).map((node) => [node.id, false])),
  );
  return steps.length === 0 ? null : { label: 'Expand all', steps };
}
