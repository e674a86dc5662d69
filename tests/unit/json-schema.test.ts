import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchema } from '../../src/model/json-schema';

const file = resolve(import.meta.dirname, '../../data/dataset.schema.json');

describe('data/dataset.schema.json', () => {
  it('matches the zod schema', () => {
    const published: unknown = JSON.parse(readFileSync(file, 'utf8'));
    expect(
      published,
      'data/dataset.schema.json is stale: run `npm run schema:json` and commit the result',
    ).toEqual(datasetJsonSchema());
  });

  it('describes the dataset’s top level', () => {
    const schema = datasetJsonSchema() as {
      $schema?: string;
      title?: string;
      required?: string[];
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBe('Japan–South Korea Dispute Tracker dataset');
    expect(schema.required).toEqual(['meta', 'issues', 'actors', 'summits', 'events']);
  });
});
