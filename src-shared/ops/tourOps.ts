import { LIMITS } from '../model/limits';
import { type ArgMap, Id, type TourStep } from '../model/map';
import type { Change, Step } from './change';
import { type Refusal, refuse } from './refusal';
import { usedIds } from './usedIds';

/** The fields of a tour step edited in the tour panel. `reveal: null` returns the step to the default rule. */
export interface TourStepFields {
  title?: string;
  notes?: string;
  focus?: readonly string[];
  reveal?: readonly string[] | null;
  /** The step shows the map's assessment. */
  showAssessment?: boolean;
}

type Draft = Omit<TourStep, 'focus' | 'reveal'> & { focus: readonly string[]; reveal?: readonly string[] };

/** A step's record as stored: only nodes on the map, each once; a blank title or notes is no field at all. */
function stored(onMap: ReadonlySet<string>, step: Draft): TourStep {
  const names = (ids: readonly string[]) => [...new Set(ids.filter((id) => onMap.has(id)))];
  return {
    id: step.id,
    ...(step.title?.trim() && { title: step.title }),
    focus: names(step.focus),
    ...(step.reveal && { reveal: names(step.reveal) }),
    ...(step.notes?.trim() && { notes: step.notes }),
    ...(step.showAssessment && { showAssessment: true }),
  };
}

const nodeIds = (map: ArgMap): ReadonlySet<string> => new Set(map.nodes.map((node) => node.id));

function tooLong(fields: { title?: string; notes?: string }): Refusal | null {
  if ((fields.title?.length ?? 0) > LIMITS.titleLength)
    return refuse(`A step title is at most ${LIMITS.titleLength} characters long.`);
  if ((fields.notes?.length ?? 0) > LIMITS.notes)
    return refuse(`Step notes are at most ${LIMITS.notes} characters long.`);
  return null;
}

/** Adds a step at `index` (the end when absent; clamped into the tour). Nodes not on the map are left out. */
export function addTourStep(map: ArgMap, args: { step: TourStep; index?: number }): Change | Refusal {
  if (map.tour.length >= LIMITS.tourSteps) return refuse(`A tour has at most ${LIMITS.tourSteps} steps.`);
  if (!Id.safeParse(args.step.id).success || usedIds(map).has(args.step.id))
    return refuse('The new step needs an id of its own.');
  const long = tooLong(args.step);
  if (long) return long;
  const index = clampIndex(args.index ?? map.tour.length, map.tour.length);
  return {
    label: 'Add tour step',
    steps: [{ type: 'insert', list: 'tour', index, record: stored(nodeIds(map), args.step) }],
  };
}

/** Deletes a step. Returns null when there is no such step. */
export function removeTourStep(map: ArgMap, args: { id: string }): Change | null {
  const index = map.tour.findIndex((step) => step.id === args.id);
  const record = map.tour[index];
  if (!record) return null;
  return { label: 'Delete tour step', steps: [{ type: 'remove', list: 'tour', index, record }] };
}

/** Moves a step so that it ends up at `toIndex` (clamped into the tour). Returns null when it stays put. */
export function moveTourStep(map: ArgMap, args: { id: string; toIndex: number }): Change | null {
  const from = map.tour.findIndex((step) => step.id === args.id);
  const record = map.tour[from];
  if (!record) return null;
  const to = clampIndex(args.toIndex, map.tour.length - 1);
  if (to === from) return null;
  return {
    label: 'Move tour step',
    steps: [
      { type: 'remove', list: 'tour', index: from, record },
      { type: 'insert', list: 'tour', index: to, record },
    ],
  };
}

/**
 * Sets a step's title, notes, focus or reveal list; only the fields given are touched. An empty title
 * or notes removes the field; `reveal: null` removes the explicit list. Returns null for a missing step
 * or when nothing changes.
 */
export function updateTourStep(
  map: ArgMap,
  args: { id: string; fields: TourStepFields },
): Change | Refusal | null {
  const step = map.tour.find((candidate) => candidate.id === args.id);
  if (!step) return null;
  const long = tooLong(args.fields);
  if (long) return long;
  const { title, notes, focus, reveal, showAssessment } = args.fields;
  const next = stored(nodeIds(map), {
    id: step.id,
    title: title ?? step.title,
    notes: notes ?? step.notes,
    focus: focus ?? step.focus,
    ...(reveal !== null && { reveal: reveal ?? step.reveal }),
    showAssessment: showAssessment ?? step.showAssessment,
  });
  const before: Partial<TourStep> = {};
  const after: Partial<TourStep> = {};
  for (const key of ['title', 'focus', 'reveal', 'notes', 'showAssessment'] as const) {
    if (args.fields[key] === undefined) continue;
    if (JSON.stringify(step[key]) === JSON.stringify(next[key])) continue;
    Object.assign(before, { [key]: step[key] });
    Object.assign(after, { [key]: next[key] });
  }
  const changed = Object.keys(after);
  if (changed.length === 0) return null;
  const label = changed.length > 1 ? 'Edit tour step' : `Edit step ${changed[0]}`;
  return { label, steps: [{ type: 'update', list: 'tour', id: step.id, before, after }] };
}

/**
 * Replaces the whole tour as one change (Generate tour). Step ids must be valid, distinct, and not
 * used by a node or link; nodes not on the map are left out. Returns null when the tour would not change.
 */
export function replaceTour(
  map: ArgMap,
  args: { steps: readonly TourStep[]; label?: string },
): Change | Refusal | null {
  if (args.steps.length > LIMITS.tourSteps) return refuse(`A tour has at most ${LIMITS.tourSteps} steps.`);
  const taken = new Set([...map.nodes, ...map.edges].map((record) => record.id));
  for (const step of args.steps) {
    if (!Id.safeParse(step.id).success || taken.has(step.id))
      return refuse('Every tour step needs an id of its own.');
    taken.add(step.id);
    const long = tooLong(step);
    if (long) return long;
  }
  const onMap = nodeIds(map);
  const tour = args.steps.map((step) => stored(onMap, step));
  if (JSON.stringify(tour) === JSON.stringify(map.tour)) return null;
  const steps: Step[] = [];
  // Last first, so each removal leaves the indices still to come (and the inverse's) untouched.
  for (let i = map.tour.length - 1; i >= 0; i--)
    steps.push({ type: 'remove', list: 'tour', index: i, record: map.tour[i] as TourStep });
  tour.forEach((record, index) => {
    steps.push({ type: 'insert', list: 'tour', index, record });
  });
  return { label: args.label ?? 'Generate tour', steps };
}

function clampIndex(index: number, max: number): number {
  if (Number.isNaN(index)) return max;
  return Math.max(0, Math.min(max, Math.trunc(index)));
}
