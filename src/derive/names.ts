import type { Dataset, DisputeEvent } from '../model/schema';
import { memoByDataset } from './memo';

/** Look-ups by id in one dataset: what every view, export and feed needs to name things. */
export interface Names {
  issues: Map<string, string>;
  actors: Map<string, string>;
  events: Map<string, DisputeEvent>;
  /** each issue's place in the dataset: its colour */
  issueIndex: Map<string, number>;
}

/**
 * The names of a dataset's issues, actors and events, by id: the one id/name map, built once
 * per dataset and shared by the derivations, the exports and the feed.
 */
export const namesOf: (dataset: Dataset) => Names = memoByDataset((dataset) => ({
  issues: new Map(dataset.issues.map((i) => [i.id, i.name])),
  actors: new Map(dataset.actors.map((a) => [a.id, a.name])),
  events: new Map(dataset.events.map((e) => [e.id, e])),
  issueIndex: new Map(dataset.issues.map((i, n) => [i.id, n])),
}));
