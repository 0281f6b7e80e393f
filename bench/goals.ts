import { formatCount } from './measure';

/** A goal of the performance issue: a figure that must stay below a limit. */
export interface Goal {
  /** What the issue asks, short enough for a table header: "< 200 ms". */
  text: string;
  limit: number;
  /** 'under' (the default): the figure must stay below the limit; 'atMost': it may equal it ("no task over 50 ms"). */
  bound?: 'under' | 'atMost';
  /** The map size the goal is set for. Smaller maps are held to it too; larger ones have none. */
  nodes?: number;
  format(value: number): string;
}

export const isMet = (goal: Goal, value: number): boolean =>
  goal.bound === 'atMost' ? value <= goal.limit : value < goal.limit;

/** Whether a goal applies to a map of `nodes` nodes: one set for 1,000 nodes says nothing of 5,000. */
export const appliesTo = (goal: Goal, nodes: number | undefined): boolean =>
  goal.nodes === undefined || nodes === undefined || nodes <= goal.nodes;

const times = (ratio: number) => (ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(1));

/**
 * The cell beside a figure: "met (62 ms to spare)", "missed by 34 ms (1.2× the goal)", or why there is
 * no verdict ("—" for a figure that was not measured).
 */
export function verdict(goal: Goal, value: number | undefined, nodes?: number): string {
  if (!appliesTo(goal, nodes)) return `no goal above ${formatCount(goal.nodes as number)} nodes`;
  if (value === undefined || !Number.isFinite(value)) return '—';
  if (isMet(goal, value)) return `met (${goal.format(goal.limit - value)} to spare)`;
  const over = goal.limit > 0 ? ` (${times(value / goal.limit)}× the goal)` : '';
  return `missed by ${goal.format(value - goal.limit)}${over}`;
}

/** A sentence for the notes under a table: "Goal: open a 5,000-node map in under 200 ms — 57.2 ms: met." */
export function goalNote(description: string, goal: Goal, value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return `Goal: ${description} — not measured.`;
  const met = isMet(goal, value);
  const by = met ? '' : ` by ${goal.format(value - goal.limit)}`;
  return `Goal: ${description} — ${goal.format(value)}: ${met ? 'met' : `NOT met${by}`}.`;
}
