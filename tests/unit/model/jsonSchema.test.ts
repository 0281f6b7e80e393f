import { readFileSync } from 'node:fs';
import { buildJsonSchema, JSON_SCHEMA_PATH, renderJsonSchema } from '../../../src-shared/model/jsonSchema';
import { FORMAT_VERSION } from '../../../src-shared/model/map';

const committed = readFileSync(new URL(`../../../${JSON_SCHEMA_PATH}`, import.meta.url), 'utf8');

test(`the committed ${JSON_SCHEMA_PATH} is the one the zod schema generates`, () => {
  expect(committed, `${JSON_SCHEMA_PATH} is stale: run \`npm run schema\` and commit the result`).toBe(
    renderJsonSchema(),
  );
});

test('the JSON Schema names the format version it describes', () => {
  const schema = buildJsonSchema();
  expect(schema.$id).toBe(`argmap.schema.v${FORMAT_VERSION}.json`);
  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
});

test('the JSON Schema refuses fields it does not know, as the loader does', () => {
  const schema = buildJsonSchema() as { additionalProperties?: unknown; required?: string[] };
  expect(schema.additionalProperties).toBe(false);
  expect(schema.required).toEqual(
    expect.arrayContaining(['format', 'version', 'title', 'nodes', 'edges', 'tour']),
  );
});
