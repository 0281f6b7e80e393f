import { LIMITS } from '../model/limits';
import type { ArgMap, ArgNode } from '../model/map';
import type { Change, Step } from './change';
import { count } from './labels';
import { type Refusal, refuse } from './refusal';

/** The fields of a node edited in its side panel. */
export interface NodeFields {
  notes?: string;
  tags?: ReadonlyArray<string>;
  pinned?: boolean;
}

type Details = Pick<ArgNode, 'notes' | 'tags' | 'pinned'>;

/**
 * Empty notes, no tags and "not pinned" are stored as an absent field, as a new node has them, so that
 * clearing a field and leaving it empty are the same map.
 */
function stored(fields: NodeFields): Details {
  const tags = fields.tags && [...new Set(fields.tags.map((tag) => tag.trim()).filter((tag) => tag !== ''))];
  return {
    notes: fields.notes || undefined,
    tags: tags?.length ? tags : undefined,
    pinned: fields.pinned || undefined,
  };
}

/**
 * Sets a node's notes, tags and pin; only the fields given are touched. Tags are trimmed, and blank or
 * repeated ones dropped. Returns null for a missing node or when nothing changes.
 */
export function updateNodeFields(
  map: ArgMap,
  args: { id: string; fields: NodeFields },
): Change | Refusal | null {
  const node = map.nodes.find((candidate) => candidate.id === args.id);
  if (!node) return null;
  const next = stored(args.fields);
  if ((next.notes?.length ?? 0) > LIMITS.notes)
    return refuse(`Notes are at most ${LIMITS.notes} characters long.`);
  if ((next.tags?.length ?? 0) > LIMITS.tags) return refuse(`A node has at most ${LIMITS.tags} tags.`);
  if (next.tags?.some((tag) => tag.length > LIMITS.tagLength))
    return refuse(`A tag is at most ${LIMITS.tagLength} characters long.`);

  const current = stored(node);
  const before: Details = {};
  const after: Details = {};
  for (const key of ['notes', 'tags', 'pinned'] as const) {
    if (args.fields[key] === undefined) continue;
    if (JSON.stringify(current[key]) === JSON.stringify(next[key])) continue;
    Object.assign(before, { [key]: node[key] });
    Object.assign(after, { [key]: next[key] });
  }
  const changed = Object.keys(after) as Array<keyof Details>;
  if (changed.length === 0) return null;
  const label =
    changed.length > 1
      ? 'Edit details'
      : changed[0] === 'notes'
        ? 'Edit notes'
        : changed[0] === 'tags'
          ? 'Edit tags'
          : `${next.pinned ? 'Pin' : 'Unpin'} node`;
  return { label, steps: [{ type: 'update', list: 'nodes', id: node.id, before, after }] };
}

/** Pins or unpins nodes as one change; nodes already so are left alone. Returns null when none change. */
export function setPinned(map: ArgMap, args: { ids: Iterable<string>; pinned: boolean }): Change | null {
  const ids = new Set(args.ids);
  const steps: Step[] = [];
  for (const node of map.nodes) {
    if (!ids.has(node.id) || Boolean(node.pinned) === args.pinned) continue;
    const after = { pinned: args.pinned || undefined };
    steps.push({ type: 'update', list: 'nodes', id: node.id, before: { pinned: node.pinned }, after });
  }
  if (steps.length === 0) return null;
  return { label: `${args.pinned ? 'Pin' : 'Unpin'} ${count(steps.length, 'node')}`, steps };
}
