import type { z } from 'zod';
import { checkReferences } from '../load/references';
import { LIMITS } from '../model/limits';
import { ArgEdge, type ArgMap, ArgNode, Source, TourStep } from '../model/map';
import { FIELD_LIMITS } from '../text/fieldLimits';
import { applyChange, type Change, type ListName } from './change';
import { type Refusal, refuse } from './refusal';
import { tooLargeToSave } from './savedSize';

const SCHEMAS = { nodes: ArgNode, edges: ArgEdge, tour: TourStep } as const;
/**
 * Fields checked against the rest of their record (a node's kind and its quote attribution): an update
 * to one is checked on the whole record. An update to other fields checks just those fields, since
 * every record in the map was valid before it (Auto-Layout moves a thousand nodes in one change).
 */
const WHOLE_RECORD_FIELDS: Record<ListName, ReadonlySet<string>> = {
  nodes: new Set(['kind', 'quote']),
  edges: new Set(),
  tour: new Set(),
};
// Messages are made when needed: the first number formatted loads the locale's data, which the first paint should not wait for.
const COUNTS: Record<ListName, [number, () => string]> = {
  nodes: [LIMITS.nodes, () => `A map holds at most ${n(LIMITS.nodes)} nodes.`],
  edges: [LIMITS.edges, () => `A map holds at most ${n(LIMITS.edges)} links.`],
  tour: [LIMITS.tourSteps, () => `A tour has at most ${n(LIMITS.tourSteps)} steps.`],
};

/** What each limited field is called in a message, by its path in its record. */
const FIELD_NAMES: Record<string, string> = {
  'nodes.text': FIELD_LIMITS.nodeText.name,
  'nodes.notes': FIELD_LIMITS.notes.name,
  'nodes.tags': 'A tag',
  'nodes.quote.speaker': FIELD_LIMITS.speaker.name,
  'nodes.quote.role': FIELD_LIMITS.role.name,
  'tour.title': FIELD_LIMITS.stepTitle.name,
  'tour.notes': FIELD_LIMITS.stepNotes.name,
};

/** The last change checked, with its answer: a large change can be checked ahead of its commit. */
let lastChecked: { map: ArgMap; change: Change; result: ArgMap | Refusal } | null = null;

/**
 * The map a change gives, or a refusal when it would break a bound of the map format (a text too long,
 * too many nodes): the editor then never holds a map that could not be saved and opened again. Every
 * record the change inserts or updates is checked against the same schema the loader uses. Asked again
 * for the same map and change, it answers as it did (both are never changed in place).
 */
export function applyWithinLimits(map: ArgMap, change: Change): ArgMap | Refusal {
  if (lastChecked?.map === map && lastChecked.change === change) return lastChecked.result;
  const result = checkedResult(map, change);
  lastChecked = { map, change, result };
  return result;
}

function checkedResult(map: ArgMap, change: Change): ArgMap | Refusal {
  const next = applyChange(map, change);
  for (const list of ['nodes', 'edges', 'tour'] as const) {
    const [max, message] = COUNTS[list];
    if (next[list].length > max && next[list].length > map[list].length) return refuse(message());
  }
  // Per record: null to check it whole, or the fields its updates changed.
  const touched: Record<ListName, Map<string, Set<string> | null>> = {
    nodes: new Map(),
    edges: new Map(),
    tour: new Map(),
  };
  for (const step of change.steps) {
    if (step.type === 'setTitle') {
      if (step.after.length > LIMITS.titleLength)
        return refuse(`The map’s title: ${n(LIMITS.titleLength)} characters at most.`);
    } else if (step.type === 'setSource') {
      const checked = step.after === undefined ? null : Source.safeParse(step.after);
      if (checked && !checked.success) return refusalForSource(checked.error.issues[0]);
    } else if (step.type === 'insert') touched[step.list].set(step.record.id, null);
    else if (step.type === 'update')
      noteFields(touched[step.list], step.list, step.id, Object.keys(step.after));
  }
  for (const list of ['nodes', 'edges', 'tour'] as const) {
    if (touched[list].size === 0) continue;
    for (const record of next[list]) {
      if (!touched[list].has(record.id)) continue;
      const issue = firstIssue(list, record, touched[list].get(record.id) ?? null);
      if (issue) return refusalFor(list, issue);
    }
  }
  if (mayBreakReferences(change)) {
    const references = checkReferences(next);
    if (!references.ok)
      return refuse(`That change would leave the map unable to open again: ${references.errors[0]?.message}`);
  }
  if (tooLargeToSave(map, change, next))
    return refuse(
      `That change would make the map larger than Argmap opens (${n(LIMITS.fileBytes / 1024 / 1024)} MiB as saved).`,
    );
  return next;
}

function noteFields(
  touched: Map<string, Set<string> | null>,
  list: ListName,
  id: string,
  fields: readonly string[],
) {
  const shape: Record<string, unknown> = SCHEMAS[list].shape;
  const known = touched.get(id);
  if (known === null) return;
  if (fields.some((field) => WHOLE_RECORD_FIELDS[list].has(field) || !(field in shape))) {
    touched.set(id, null);
    return;
  }
  const all = known ?? new Set<string>();
  for (const field of fields) all.add(field);
  touched.set(id, all);
}

/** The first way `record` breaks its schema: checked whole, or only in `fields`. */
function firstIssue(
  list: ListName,
  record: object,
  fields: ReadonlySet<string> | null,
): z.core.$ZodIssue | undefined {
  if (fields === null) return SCHEMAS[list].safeParse(record).error?.issues[0];
  const shape: Record<string, z.ZodType> = SCHEMAS[list].shape;
  for (const field of fields) {
    const checked = shape[field]?.safeParse((record as Record<string, unknown>)[field]);
    const issue = checked?.error?.issues[0];
    if (issue) return { ...issue, path: [field, ...issue.path] };
  }
  return undefined;
}

/** Only a change of the lists' make-up, a link, a step, an id or an anchor can break a reference. */
function mayBreakReferences(change: Change): boolean {
  return change.steps.some(
    (step) =>
      step.type === 'insert' ||
      step.type === 'remove' ||
      (step.type === 'update' && (step.list !== 'nodes' || 'id' in step.after || 'anchor' in step.after)),
  );
}

function refusalFor(list: ListName, issue: z.core.$ZodIssue | undefined): Refusal {
  const path = [list, ...(issue?.path ?? []).filter((key) => typeof key === 'string')].join('.');
  const name = FIELD_NAMES[path];
  if (issue?.code === 'too_big' && path === 'nodes.tags' && issue.origin === 'array')
    return refuse(`A node has at most ${LIMITS.tags} tags.`);
  if (issue?.code === 'too_big' && name)
    return refuse(`${name}: ${n(Number(issue.maximum))} characters at most.`);
  return refuse(`That change would leave the map unable to open again (${path}: ${issue?.message}).`);
}

function refusalForSource(issue: z.core.$ZodIssue | undefined): Refusal {
  const field = String(issue?.path[0] ?? '');
  if (issue?.code === 'too_big')
    return refuse(`The source’s ${field}: ${n(Number(issue.maximum))} characters at most.`);
  return refuse(`That change would leave the map unable to open again (source.${field}: ${issue?.message}).`);
}

function n(value: number): string {
  return value.toLocaleString('en-US');
}
