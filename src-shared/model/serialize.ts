import type { ArgMap } from './map';

/** Writes a map as the human-readable JSON of a `*.argmap.json` file: two-space indent, one final newline. */
export function serializeMap(map: ArgMap): string {
  return `${JSON.stringify(map, null, 2)}\n`;
}
