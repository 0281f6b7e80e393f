import type { AssessmentStatus } from '../model/assessment';
import type { ArgMap } from '../model/map';
import { argumentGraph } from './argumentGraph';
import type { Standing } from './evaluate';
import { type Trial, trialStanding } from './trialStanding';

/** One way to change the thesis's verdict: these nodes accepted or rejected, and where the thesis would stand. */
export interface VerdictChange {
  /** `label`: its grounded label flips; `strength`: its strength crosses 0.5 (by at least a hundredth). */
  flips: 'label' | 'strength';
  changes: Array<{ id: string; status: Exclude<AssessmentStatus, 'open'> }>;
  thesis: Standing;
}

/** A strength must move at least this far to count as crossing 0.5, so rounding noise at 0.5 is not a verdict. */
const MARGIN = 0.01;
/** How many sets of changes are tried at most for each size, so the search stays quick on large maps. */
const BUDGET = 20_000;

/**
 * The smallest sets of rejections or acceptances of reasons that would change the thesis's verdict: flip
 * its grounded label, or move its strength across 0.5. Single changes are all tried; pairs and triples only
 * among the reasons whose change alone moves the thesis most. For each way of flipping, the sets of the
 * smallest size found (up to `limit`), those that move the strength most first.
 */
export function whatWouldChangeVerdict(map: Pick<ArgMap, 'nodes' | 'edges'>, limit = 6): VerdictChange[] {
  const graph = argumentGraph(map);
  const thesis = graph.nodes.findIndex((node) => node.kind === 'thesis');
  if (thesis < 0) return [];
  const trials = trialStanding(graph, thesis);
  const { now } = trials;
  const standingAfter = trials.after;
  const crosses = (after: Standing) =>
    after.strength !== null &&
    now.strength !== null &&
    after.strength >= 0.5 !== now.strength >= 0.5 &&
    Math.abs(after.strength - now.strength) >= MARGIN;
  const moved = (after: Standing) => Math.abs((after.strength ?? 0) - (now.strength ?? 0));

  const candidates = reasonsOf(graph, thesis).flatMap((node): Trial[] => {
    const status = graph.nodes[node]?.assessment?.status;
    return (['rejected', 'accepted'] as const)
      .filter((next) => next !== status)
      .map((next) => ({ node, status: next }));
  });
  const singles = candidates.map((trial) => ({ trials: [trial], after: standingAfter([trial]) }));
  const ranked = [...singles]
    .sort((a, b) => moved(b.after) - moved(a.after))
    .map((single) => single.trials[0] as Trial);
  const found: VerdictChange[] = [];
  for (const flips of ['label', 'strength'] as const) {
    const test = flips === 'label' ? (after: Standing) => after.label !== now.label : crosses;
    let hits = singles.filter((single) => test(single.after));
    for (let size = 2; size <= 3 && hits.length === 0; size++) {
      // For a label, the attackers matter most; any reason may be part of it, so take them in map order too.
      const pool = [
        ...new Set([...ranked.slice(0, size === 2 ? 40 : 16), ...candidates.slice(0, size === 2 ? 40 : 16)]),
      ];
      let tried = 0;
      for (const set of combinations(pool, size)) {
        if (new Set(set.map((trial) => trial.node)).size < size) continue;
        if (++tried > BUDGET) break;
        const after = standingAfter(set, flips);
        if (test(after)) hits.push({ trials: set, after });
      }
    }
    hits = hits.sort((a, b) => moved(b.after) - moved(a.after)).slice(0, limit);
    for (const hit of hits)
      found.push({
        flips,
        changes: hit.trials.map((trial) => ({
          id: graph.nodes[trial.node]?.id as string,
          status: trial.status,
        })),
        thesis: hit.after,
      });
  }
  return found;
}

/** The nodes from which a chain of links leads to the claim, the claim itself left out. */
function reasonsOf(graph: ReturnType<typeof argumentGraph>, claim: number): number[] {
  const seen = new Set([claim]);
  const queue = [claim];
  for (let next = 0; next < queue.length; next++) {
    const target = queue[next] as number;
    for (const reason of [...(graph.attackers[target] ?? []), ...(graph.supporters[target] ?? [])])
      if (!seen.has(reason)) {
        seen.add(reason);
        queue.push(reason);
      }
  }
  return queue.slice(1).sort((a, b) => a - b);
}

function* combinations<T>(items: readonly T[], size: number, start = 0): Generator<T[]> {
  if (size === 0) {
    yield [];
    return;
  }
  for (let i = start; i <= items.length - size; i++)
    for (const rest of combinations(items, size - 1, i + 1)) yield [items[i] as T, ...rest];
}
