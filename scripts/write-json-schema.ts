/**
 * npm run schema:json — writes data/dataset.schema.json, data/indicators.schema.json and
 * data/story.schema.json
 * from the zod schemas, so that
 * people editing the data get completion and checks in their editor. A unit test fails
 * when the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { datasetJsonSchema, indicatorsJsonSchema, storyJsonSchema } from '../src/model/json-schema';

writeFileSync('data/dataset.schema.json', `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
console.log('wrote data/dataset.schema.json');
writeFileSync(
  'data/indicators.schema.json',
  `${JSON.stringify(indicatorsJsonSchema(), null, 2)}\n`,
);
console.log('wrote data/indicators.schema.json');
writeFileSync('data/story.schema.json', `${JSON.stringify(storyJsonSchema(), null, 2)}\n`);
console.log('wrote data/story.schema.json');
