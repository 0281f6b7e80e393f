import type { ArgMap } from '../model/map';

/** Every id a map holds. Ids are unique across nodes, links and tour steps, not just within each list. */
export function usedIds(map: ArgMap): Set<string> {
  const ids = new Set<string>();
  for (const list of [map.nodes, map.edges, map.tour]) for (const record of list) ids.add(record.id);
  return ids;
}
