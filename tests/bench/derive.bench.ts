// @vitest-environment node
/**
 * npm run bench:derive — what the app derives from the data on each interaction, timed by
 * `vitest bench` on 1,000 / 10,000 / 100,000 generated events (scripts/gen-stress.ts, seed 1,
 * the same events `npm run bench` loads in the browser). `npm run bench` runs this file and
 * copies the medians into its report.
 *
 * The steps are called as the components call them, through the dataset's derivations
 * (src/derive/derivations.ts), with an issue filter and the query “kono” (it matches “Kōno”
 * through accent folding):
 * - "warm": the dataset's indexes are built and the issue filter changes on every call, as
 *   one interaction would change it (so no answer is remembered from the call before);
 * - "cache-cold": fresh derivations of a fresh copy of the dataset on every call, so the
 *   search index, issue masks and effect log are built again, with a warm JIT.
 * The single steps call the pure derive functions, each with the dataset's built index.
 */
import { bench, describe } from 'vitest';
import type { Dataset } from '../../src/model/schema';
import { activityCounts } from '../../src/derive/activity';
import { barometerDerivationsOf, datasetBarometer } from '../../src/derive/dataset-barometer';
import { createDerivations, type Derivations } from '../../src/derive/derivations';
import { eventsAsOf } from '../../src/derive/event-status';
import { emptyFilters, filterEvents, type Filters } from '../../src/derive/filter';
import { issueRows, summitPanels } from '../../src/derive/panels';
import { generateDataset } from '../../scripts/gen-stress';

const DERIVE_SIZES = [1_000, 10_000, 100_000];
const SEED = 1;

let sink = 0; // keeps results alive so nothing is optimised away

/** Every step one interaction costs, as the page's views ask the derivations for them. */
function derivePass(d: Derivations, filters: Filters): void {
  const asOf = d.dataset.meta.lastUpdated;
  sink += d.visible(filters, asOf, 'hide').length;
  sink += d.issueCounts(
    filters.actors,
    filters.kinds,
    filters.from,
    filters.to,
    filters.query,
    asOf,
    'hide',
  ).size;
  sink += d.issueRows(asOf).length;
  sink += d.summitPanels(asOf).length;
  sink += d.activity(filters).length;
  sink += barometerDerivationsOf(d.dataset).barometer().length;
}

/** Two filters that differ in their issue: alternating them defeats the last-call memo. */
function filtersFor(dataset: Dataset): [Filters, Filters] {
  const base: Filters = { ...emptyFilters, query: 'kono' };
  return [
    { ...base, issues: [dataset.issues[0]!.id] },
    { ...base, issues: [dataset.issues[1]!.id] },
  ];
}

for (const n of DERIVE_SIZES) {
  const dataset = generateDataset(n, SEED);
  const [one, other] = filtersFor(dataset);
  const asOf = dataset.meta.lastUpdated;
  let flip = false;
  const nextFilters = () => {
    flip = !flip;
    return flip ? one : other;
  };
  // build the indexes once, so the warm benches measure what an interaction costs
  const derived = createDerivations(dataset);
  derivePass(derived, one);
  derivePass(derived, other);
  const { index, seriesFrom } = derived;
  const trendFrom = +seriesFrom.slice(0, 4);
  const filtered = filterEvents(dataset.events, dataset.actors, one, index);
  // at 100,000 events one cache-cold pass takes seconds: a few are enough
  const cold = n >= 100_000 ? { iterations: 5, time: 0, warmupIterations: 1, warmupTime: 0 } : {};

  describe(`${n} events`, () => {
    bench('total (warm)', () => derivePass(derived, nextFilters()));
    bench(
      'total (cache-cold)',
      () => derivePass(createDerivations({ ...dataset, events: dataset.events.slice() }), one),
      cold,
    );
    bench('filterEvents (warm)', () => {
      sink += filterEvents(dataset.events, dataset.actors, nextFilters(), index).length;
    });
    bench('eventsAsOf', () => {
      sink += eventsAsOf(filtered, asOf, 'dim').length;
    });
    bench('issueRows', () => {
      sink += issueRows(dataset, asOf, trendFrom, index).length;
    });
    bench('summitPanels', () => {
      sink += summitPanels(dataset, asOf, index).length;
    });
    bench('activityCounts', () => {
      sink += activityCounts(dataset, nextFilters(), index).length;
    });
    bench('datasetBarometer', () => {
      sink += datasetBarometer(dataset).length;
    });
  });
}

if (sink === -1) console.log(sink);
