import { ArgEdge, ArgMap, ArgNode, Source, TourStep } from './map';

type Shape = { shape: Record<string, unknown> };
const keysOf = (schema: unknown) => Object.keys((schema as Shape).shape);
const ORDER = {
  map: keysOf(ArgMap),
  node: keysOf(ArgNode),
  edge: keysOf(ArgEdge),
  step: keysOf(TourStep),
  source: keysOf(Source),
};

/** A copy of a record with its fields in schema order, so a file's field order never depends on its edit history. */
function ordered<T extends object>(record: T, keys: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const key of keys)
    if ((record as Record<string, unknown>)[key] !== undefined)
      out[key] = (record as Record<string, unknown>)[key];
  return out as T;
}

/** Writes a map as the human-readable JSON of a `*.argmap.json` file: fields in schema order, two-space indent. */
export function serializeMap(map: ArgMap): string {
  const canonical = ordered(
    {
      ...map,
      ...(map.source ? { source: ordered(map.source, ORDER.source) } : {}),
      nodes: map.nodes.map((node) => ordered(node, ORDER.node)),
      edges: map.edges.map((edge) => ordered(edge, ORDER.edge)),
      tour: map.tour.map((step) => ordered(step, ORDER.step)),
    },
    ORDER.map,
  );
  return `${JSON.stringify(canonical, null, 2)}\n`;
}
