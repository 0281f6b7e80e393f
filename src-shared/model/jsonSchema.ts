import { z } from 'zod';
import { ArgMap, FORMAT_VERSION } from './map';

/**
 * The JSON Schema of a map file, generated from the zod schema (the one source of truth).
 * Rules that JSON Schema cannot express (a quote's attribution, references between records)
 * are enforced by the loader.
 */
export function buildJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ArgMap, { target: 'draft-2020-12', unrepresentable: 'any' });
  return {
    ...schema,
    $id: `argmap.schema.v${FORMAT_VERSION}.json`,
    title: 'Argmap map',
    description: `An argument map saved by Argmap (format version ${FORMAT_VERSION}). References between records and quote attributions are checked by the loader.`,
  };
}

export const JSON_SCHEMA_PATH = 'maps/argmap.schema.json';

export function renderJsonSchema(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}
