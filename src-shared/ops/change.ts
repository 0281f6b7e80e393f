import type { ArgEdge, ArgMap, ArgNode, Source, TourStep } from '../model/map';

/** The lists of records in a map, each keyed by its records' ids. */
export interface RecordLists {
  nodes: ArgNode;
  edges: ArgEdge;
  tour: TourStep;
}
export type ListName = keyof RecordLists;

/**
 * One reversible edit of a map. Steps store only what they touch (never a copy of the document),
 * so history stays small on large maps.
 */
export type Step =
  | { [L in ListName]: { type: 'insert'; list: L; index: number; record: RecordLists[L] } }[ListName]
  | { [L in ListName]: { type: 'remove'; list: L; index: number; record: RecordLists[L] } }[ListName]
  | {
      [L in ListName]: {
        type: 'update';
        list: L;
        id: string;
        before: Partial<RecordLists[L]>;
        after: Partial<RecordLists[L]>;
      };
    }[ListName]
  | { type: 'setTitle'; before: string; after: string }
  /** Replaces the map's source (its details, its text, or both); `undefined` is no source. */
  | { type: 'setSource'; before: Source | undefined; after: Source | undefined };

/** A user-visible change: what history shows ("Edit text") and the steps that make it. */
export interface Change {
  label: string;
  steps: Step[];
}

export function invertStep(step: Step): Step {
  switch (step.type) {
    case 'insert':
      return { ...step, type: 'remove' } as Step;
    case 'remove':
      return { ...step, type: 'insert' } as Step;
    case 'update':
      return { ...step, before: step.after, after: step.before } as Step;
    case 'setTitle':
      return { type: 'setTitle', before: step.after, after: step.before };
    case 'setSource':
      return { type: 'setSource', before: step.after, after: step.before };
  }
}

export function invertChange(change: Change): Change {
  return { label: change.label, steps: change.steps.map(invertStep).reverse() };
}

/**
 * Applies a change without touching the original map: only the lists a step touches are copied,
 * and only the records it updates are replaced, so unchanged records keep their identity
 * (the canvas re-renders just what changed).
 */
export function applyChange(map: ArgMap, change: Change): ArgMap {
  const lists: Partial<{ [L in ListName]: RecordLists[L][] }> = {};
  const listOf = <L extends ListName>(name: L): RecordLists[L][] => {
    lists[name] ??= [...map[name]] as never;
    return lists[name] as RecordLists[L][];
  };
  // Where each id sits, built once per list for a run of updates (an auto-layout moves thousands of
  // nodes in one change); an insertion or removal shifts positions, so it drops the list's index.
  const indexes: Partial<Record<ListName, Map<string, number>>> = {};
  const indexOf = (name: ListName, id: string): number => {
    let index = indexes[name];
    if (!index) {
      index = new Map(listOf(name).map((record, i) => [record.id, i]));
      indexes[name] = index;
    }
    return index.get(id) ?? -1;
  };
  let title = map.title;
  let source = map.source;
  for (const step of change.steps) {
    if (step.type === 'setTitle') {
      title = step.after;
    } else if (step.type === 'setSource') {
      source = step.after;
    } else if (step.type === 'insert') {
      listOf(step.list).splice(step.index, 0, step.record as never);
      delete indexes[step.list];
    } else if (step.type === 'remove') {
      const list = listOf(step.list);
      if (list[step.index]?.id !== step.record.id)
        throw new Error(`Cannot remove ${step.record.id}: not at ${step.index}`);
      list.splice(step.index, 1);
      delete indexes[step.list];
    } else {
      const list = listOf(step.list);
      const index = indexOf(step.list, step.id);
      if (index < 0) throw new Error(`Cannot update ${step.id}: no such record`);
      list[index] = withFields(list[index] as object, step.after) as never;
    }
  }
  const next: ArgMap = { ...map, ...lists, title };
  if (source) next.source = source;
  else delete next.source;
  return next;
}

/** Sets fields, and removes the ones whose new value is `undefined` (so an optional field can be cleared and restored). */
function withFields<T extends object>(record: T, fields: Partial<T>): T {
  const next: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  return next as T;
}
