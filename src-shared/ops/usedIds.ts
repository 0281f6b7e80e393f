import { type ArgMap, Id } from '../model/map';

/** Every id a map holds. Ids are unique across nodes, links and tour steps, not just within each list. */
export function usedIds(map: ArgMap): Set<string> {
  const ids = new Set<string>();
  for (const list of [map.nodes, map.edges, map.tour]) for (const record of list) ids.add(record.id);
  return ids;
}

/**
 * An id no record in `used` has, made by `newId` (random, in the app) and taken into `used`. Should
 * `newId` keep colliding or return something that is not an id, a numbered id is used instead.
 */
export function freshId(prefix: string, used: Set<string>, newId: (prefix: string) => string): string {
  for (let attempt = 0; attempt < 8; attempt++) {
    const candidate = newId(prefix);
    if (!used.has(candidate) && Id.safeParse(candidate).success) {
      used.add(candidate);
      return candidate;
    }
  }
  let n = used.size;
  while (used.has(`${prefix}-${n}`)) n++;
  used.add(`${prefix}-${n}`);
  return `${prefix}-${n}`;
}
