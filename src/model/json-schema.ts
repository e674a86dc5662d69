import { z } from 'zod';
import { Indicators } from './indicators-schema';
import { Dataset } from './schema';
import { Story } from './story-schema';

/** The dataset schema as JSON Schema (draft 2020-12), for editors of data/dataset.json. */
export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Dataset, { target: 'draft-2020-12', unrepresentable: 'any' }),
    title: 'Japan–South Korea Dispute Tracker dataset',
  };
}

/** The indicators' schema as JSON Schema, for editors of data/indicators.json. */
export function indicatorsJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Indicators, { target: 'draft-2020-12', unrepresentable: 'any' }),
    title: 'Japan–South Korea Dispute Tracker indicators',
  };
}

/** The story's schema as JSON Schema, for editors of data/story.json. */
export function storyJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Story, { target: 'draft-2020-12', unrepresentable: 'any' }),
    title: 'Japan–South Korea Dispute Tracker story',
  };
}
