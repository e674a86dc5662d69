import { byDate, daysBetween } from './iso-date';
import type { Dataset } from './schema';
import type { Problem } from './problems';
import { trackingProblems } from './source-urls';

/**
 * Rules that need the whole dataset, after its shape has been checked: unique ids,
 * references that resolve, status histories in order, nothing dated past the data's
 * date unless still planned, effects that make sense, announcement/effect pairs that
 * point back to an earlier event, corrections dated no later than the data's last check,
 * and source links without tracking parameters.
 * `goldstein` (CAMEO code → weight) is checked when given. With `report`, each problem goes
 * there as it is found and the returned list stays empty, so a file with millions of
 * problems does not hold them all.
 */
export function crossCheck(
  data: Dataset,
  goldstein?: Record<string, number>,
  report?: (problem: Problem) => void,
): Problem[] {
  const problems: Problem[] = [];
  const sink = report ?? ((problem: Problem) => problems.push(problem));
  const add = (path: string, message: string) => sink({ path, message });

  /** Reports repeated ids; gives each id's first index. */
  const unique = (
    kind: string,
    items: { id: string }[],
    pathOf: (i: number) => string,
  ): ReadonlyMap<string, number> => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined)
        add(`${pathOf(i)}.id`, `duplicate ${kind} id “${item.id}” (first at index ${first})`);
      else seen.set(item.id, i);
    });
    return seen;
  };

  const issueIds = unique('issue', data.issues, (i) => `issues[${i}]`);
  const actorIds = unique('actor', data.actors, (i) => `actors[${i}]`);
  unique('summit', data.summits, (i) => `summits[${i}]`);
  const eventIds = unique('event', data.events, (i) => `events[${i}]`);
  const conditions = data.summits.flatMap((s, si) =>
    s.conditions.map((c, ci) => ({ c, path: `summits[${si}].conditions[${ci}]` })),
  );
  const conditionIds = new Set<string>();
  for (const { c, path } of conditions) {
    if (conditionIds.has(c.id)) add(`${path}.id`, `duplicate condition id “${c.id}”`);
    conditionIds.add(c.id);
    c.demandedBy.forEach((id, k) => {
      if (!actorIds.has(id)) add(`${path}.demandedBy[${k}]`, `unknown actor “${id}”`);
    });
  }
  data.summits.forEach((s, i) => {
    if (!eventIds.has(s.event)) add(`summits[${i}].event`, `unknown event “${s.event}”`);
  });

  const { meta } = data;
  if (meta.coverage.from > meta.coverage.to) add('meta.coverage', 'coverage ends before it starts');
  if (meta.searchedThrough) searchedThroughProblems(data, add);
  // the last day anyone worked on the data: corrections cannot be later
  const lastChecked =
    meta.sourcesCheckedOn && meta.sourcesCheckedOn > meta.lastUpdated
      ? meta.sourcesCheckedOn
      : meta.lastUpdated;
  // the event of each id (the last, where one is repeated: that is already a problem)
  const byId: { get(id: string): Dataset['events'][number] | undefined } =
    eventIds.size === data.events.length
      ? { get: (id) => data.events[eventIds.get(id) ?? -1] }
      : new Map(data.events.map((e) => [e.id, e]));

  const conditionSeen = new Set<string>();
  // two markers of one month with the same label cannot be told apart on the graphic
  const labelsByMonth = new Map<string, number>();
  const sorted = data.events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => byDate(a.e, b.e) || a.i - b.i);
  for (const { e, i } of sorted) {
    const p = `events[${i}]`;
    e.issues.forEach((id, k) => {
      if (!issueIds.has(id)) add(`${p}.issues[${k}]`, `unknown issue “${id}”`);
    });
    e.actors.forEach((id, k) => {
      if (!actorIds.has(id)) add(`${p}.actors[${k}]`, `unknown actor “${id}”`);
    });
    e.related.forEach((id, k) => {
      if (!eventIds.has(id)) add(`${p}.related[${k}]`, `unknown event “${id}”`);
      else if (id === e.id) add(`${p}.related[${k}]`, 'an event cannot be related to itself');
    });
    const labelKey = `${e.date.slice(0, 7)} ${e.label.trim().toLowerCase()}`;
    const twin = labelsByMonth.get(labelKey);
    if (twin !== undefined)
      add(`${p}.label`, `label “${e.label}” is also used by events[${twin}] in the same month`);
    else labelsByMonth.set(labelKey, i);
    for (let k = 1; k < e.status.length; k++) {
      if (e.status[k]!.date < e.status[k - 1]!.date)
        add(`${p}.status[${k}].date`, 'status history is not in date order');
    }
    const last = e.status[e.status.length - 1];
    const stillPlanned = last !== undefined && last.status !== 'occurred';
    if (e.date > meta.lastUpdated && !stillPlanned) {
      add(
        `${p}.date`,
        `dated after the data's last update (${meta.lastUpdated}) but not marked planned`,
      );
    }
    e.status.forEach((s, k) => {
      if (s.date > meta.lastUpdated)
        add(`${p}.status[${k}].date`, `dated after the data's last update (${meta.lastUpdated})`);
    });
    if (e.pairedWith !== undefined) {
      const first = byId.get(e.pairedWith);
      const pp = `${p}.pairedWith`;
      if (!first) add(pp, `unknown event “${e.pairedWith}”`);
      else if (first === e) add(pp, 'an event cannot be paired with itself');
      else if (first.date > e.date)
        add(pp, `paired with “${first.id}”, which is dated after it: the weight goes on the first`);
      else if (first.pairedWith !== undefined)
        add(
          pp,
          `paired with “${first.id}”, which is itself paired: pair with the event that carries the weight`,
        );
      else if (!first.issues.some((id) => e.issues.includes(id)))
        add(pp, `paired with “${first.id}”, which shares no issue with it`);
    }
    e.corrections?.forEach((c, k) => {
      if (c.date > lastChecked)
        add(
          `${p}.corrections[${k}].date`,
          `dated after the data was last checked (${lastChecked})`,
        );
      if (k > 0 && c.date < e.corrections![k - 1]!.date)
        add(`${p}.corrections[${k}].date`, 'corrections are not in date order');
    });
    const occurred = e.status.length === 0 || e.status.some((s) => s.status === 'occurred');
    e.effects.forEach((effect, k) => {
      const ep = `${p}.effects[${k}]`;
      if (!occurred) add(ep, 'an event that has not taken place cannot have effects');
      if ('issue' in effect) {
        if (!issueIds.has(effect.issue)) add(`${ep}.issue`, `unknown issue “${effect.issue}”`);
      } else {
        if (!conditionIds.has(effect.condition))
          add(`${ep}.condition`, `unknown condition “${effect.condition}”`);
        else if (!conditionSeen.has(effect.condition) && effect.state !== 'not-met') {
          add(
            `${ep}.state`,
            `condition “${effect.condition}” is ${effect.state} before any event sets it as a demand (not-met)`,
          );
        }
        conditionSeen.add(effect.condition);
      }
    });
    if (goldstein) {
      const weight = goldstein[e.cameo];
      if (weight === undefined)
        add(`${p}.cameo`, `CAMEO code ${e.cameo} is not in the Goldstein table`);
      else if (weight !== e.goldstein)
        add(
          `${p}.goldstein`,
          `Goldstein weight of CAMEO ${e.cameo} is ${weight}, not ${e.goldstein}`,
        );
    }
  }
  // one at a time: a spread of 100,000 problems into push() would overflow the stack
  for (const problem of trackingProblems(data)) sink(problem);
  return problems;
}

/** How far past the latest event the search may reach before the data must say why. */
export const SEARCH_GAP_DAYS = 60;

/**
 * meta.searchedThrough bounds every claim of coverage: the data cannot cover a day beyond
 * the one reports were searched through (lastUpdated, the day the file was last edited, may
 * be later: a correction made today is dated today); and a search that reaches far past
 * the latest event is either a quiet spell the editors vouch for (in searchedThroughNote)
 * or events left unrecorded.
 */
function searchedThroughProblems(data: Dataset, add: (path: string, message: string) => void) {
  const { meta } = data;
  const through = meta.searchedThrough!;
  if (meta.coverage.to > through)
    add(
      'meta.coverage.to',
      `after meta.searchedThrough (${through}): reports were not searched that far`,
    );
  let latest: string | null = null;
  for (const e of data.events) {
    const on = e.status.length === 0 ? e.date : e.status.find((s) => s.status === 'occurred')?.date;
    if (on && (latest === null || on > latest)) latest = on;
  }
  if (latest === null || meta.searchedThroughNote) return;
  const gap = daysBetween(latest, through);
  if (gap > SEARCH_GAP_DAYS)
    add(
      'meta.searchedThrough',
      `${gap} days after the latest event (${latest}): add the missing events, or say in meta.searchedThroughNote why none are recorded`,
    );
}
