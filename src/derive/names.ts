import type { Dataset, DisputeEvent } from '../model/schema';

/** Look-ups by id in one dataset: what every view, export and feed needs to name things. */
export interface Names {
  issues: Map<string, string>;
  actors: Map<string, string>;
  events: Map<string, DisputeEvent>;
  /** each issue's place in the dataset: its colour */
  issueIndex: Map<string, number>;
}

/** The names of a dataset's issues, actors and events, by id (built once, in derivations.ts). */
export function namesOf(dataset: Dataset): Names {
  return {
    issues: new Map(dataset.issues.map((i) => [i.id, i.name])),
    actors: new Map(dataset.actors.map((a) => [a.id, a.name])),
    events: new Map(dataset.events.map((e) => [e.id, e])),
    issueIndex: new Map(dataset.issues.map((i, n) => [i.id, n])),
  };
}
