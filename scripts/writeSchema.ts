// Regenerates maps/argmap.schema.json from the zod schema. A unit test fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { JSON_SCHEMA_PATH, renderJsonSchema } from '../src-shared/model/jsonSchema';

writeFileSync(JSON_SCHEMA_PATH, renderJsonSchema());
console.log(`Wrote ${JSON_SCHEMA_PATH}`);
