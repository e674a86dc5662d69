/**
 * npm run schema:json — writes data/dataset.schema.json from the zod schema, so that
 * people editing the data get completion and checks in their editor. A unit test fails
 * when the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { datasetJsonSchema } from '../src/model/json-schema';

writeFileSync('data/dataset.schema.json', `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
console.log('wrote data/dataset.schema.json');
