import type { ArgEdge, ArgMap } from '../model/map';
import { ComplementSet, PrefixSet } from './idViews';

/** What one tour step shows: the nodes in focus, every node on screen (focus included), and the rest. */
export interface StepVisibility {
  focus: ReadonlySet<string>;
  revealed: ReadonlySet<string>;
  hidden: ReadonlySet<string>;
}

/** The run of steps since the last explicit `reveal`: its ids in the order they appeared, and each one's rank. */
interface Run {
  order: string[];
  rank: Map<string, number>;
}

const cache = new WeakMap<ArgMap, readonly StepVisibility[]>();

/**
 * What every step of the map's tour shows, computed once per version of the map.
 *
 * The reveal rule: a step reveals everything the steps before it revealed, plus its own focus. A step
 * with an explicit `reveal` list starts afresh: it shows that list plus its focus, and the steps after
 * it add their focus to that. Ids of nodes that are not on the map are ignored.
 *
 * Steps share storage: a run of cumulative steps keeps one ordered list of ids, and each step is a
 * prefix of it, so memory grows with the map and its tour, not with their product.
 */
export function tourVisibility(map: ArgMap): readonly StepVisibility[] {
  let steps = cache.get(map);
  if (!steps) {
    steps = computeVisibility(map);
    cache.set(map, steps);
  }
  return steps;
}

/**
 * What step `stepIndex` of the tour shows (see `tourVisibility` for the rule). Outside the tour
 * (a negative index, one past the end, or a map without a tour) the whole map is shown, nothing in focus.
 */
export function stepVisibility(map: ArgMap, stepIndex: number): StepVisibility {
  return tourVisibility(map)[stepIndex] ?? wholeMap(map);
}

/** An edge is shown when both its reason and its claim are on screen. */
export function isEdgeShown(edge: ArgEdge, revealed: ReadonlySet<string>): boolean {
  return revealed.has(edge.from) && revealed.has(edge.to);
}

/** The map's edges that a step shows, in map order. */
export function visibleEdges(map: ArgMap, revealed: ReadonlySet<string>): ArgEdge[] {
  return map.edges.filter((edge) => isEdgeShown(edge, revealed));
}

function computeVisibility(map: ArgMap): StepVisibility[] {
  const all = [...new Set(map.nodes.map((node) => node.id))];
  const onMap: ReadonlySet<string> = new Set(all);
  let run: Run = { order: [], rank: new Map() };
  const add = (id: string) => {
    if (onMap.has(id) && !run.rank.has(id)) {
      run.rank.set(id, run.order.length);
      run.order.push(id);
    }
  };
  return map.tour.map((step) => {
    if (step.reveal) {
      run = { order: [], rank: new Map() };
      for (const id of step.reveal) add(id);
    }
    const focus = new Set(step.focus.filter((id) => onMap.has(id)));
    for (const id of focus) add(id);
    const revealed = new PrefixSet(run.order, run.rank, run.order.length);
    return { focus, revealed, hidden: new ComplementSet(all, onMap, revealed) };
  });
}

function wholeMap(map: ArgMap): StepVisibility {
  return { focus: new Set(), revealed: new Set(map.nodes.map((node) => node.id)), hidden: new Set() };
}
