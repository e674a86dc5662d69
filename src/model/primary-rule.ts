import { daysBetween } from './iso-date';
import type { Problem } from './problems';
import type { Dataset, Source } from './schema';

/**
 * The strict primary rule (data/README.md, "Sourcing rules"): a source of an event counts
 * as primary only if it is the acting party's own official page — government, court,
 * parliament, international organisation or company release — dated within 7 days of the
 * event. Reference copies (a university database of documents) and official pages
 * published later that mention the event are `reference`. Whether the page belongs to the
 * party that acted is the editor's judgement; what the data itself can show — the host
 * and the `published` date — is checked here, so a share of "primary" events stays true.
 */

/** Days either side of the event's date within which a primary page must be dated. */
export const PRIMARY_WINDOW_DAYS = 7;

/**
 * Official hosts, matched as the host itself or any subdomain. Japanese and Korean
 * government domains (go.jp, go.kr) cover ministries, the cabinet and presidential
 * offices, courts, parliaments and embassies; korea.kr and korea.net are the Korean
 * government's own portals for its releases and speeches. The rest are the international
 * bodies and foreign governments that act in the dataset.
 */
export const OFFICIAL_HOSTS: readonly string[] = [
  'go.jp',
  'go.kr',
  'korea.kr',
  'korea.net',
  // international organisations
  'iaea.org',
  'wto.org',
  'un.org',
  'unesco.org',
  'tcs-asia.org',
  // the United States government, for the trilateral summits it hosts
  'whitehouse.gov',
  'state.gov',
  'usembassy.gov',
];

/** True when the URL's host is an official host or a subdomain of one. */
export function isOfficialHost(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return OFFICIAL_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
}

/** Why a source cannot count as primary for an event on `eventDate`, or null if it can. */
export function strictPrimaryFailure(
  source: Pick<Source, 'url' | 'published'>,
  eventDate: string,
): string | null {
  if (!isOfficialHost(source.url)) return 'is not on an official host';
  const days = daysBetween(eventDate, source.published);
  if (Math.abs(days) > PRIMARY_WINDOW_DAYS)
    return `is dated ${source.published}, ${Math.abs(days)} days ${days > 0 ? 'after' : 'before'} the event (at most ${PRIMARY_WINDOW_DAYS})`;
  return null;
}

type Sourced = Pick<Dataset['events'][number], 'date' | 'sources' | 'positions'>;

/** True when the event's first source is marked primary and meets the strict rule. */
export function leadsWithPrimary(event: Sourced): boolean {
  const first = event.sources[0];
  return first?.kind === 'primary' && strictPrimaryFailure(first, event.date) === null;
}

/** Events dated `from` or later, and how many of them lead with a strict primary source. */
export function primaryShare(events: readonly Sourced[], from: string) {
  const recent = events.filter((e) => e.date >= from);
  return { total: recent.length, primary: recent.filter(leadsWithPrimary).length };
}

/**
 * Every source of an event (and of its positions) marked primary must meet the rule, and a reference source must not
 * lead an event that has a primary or press source stating it (sources are best first).
 */
export function strictPrimaryProblems(events: readonly Sourced[]): Problem[] {
  const problems: Problem[] = [];
  events.forEach((event, i) => {
    event.sources.forEach((source, j) => {
      if (source.kind !== 'primary') return;
      const failure = strictPrimaryFailure(source, event.date);
      if (failure)
        problems.push({
          path: `events[${i}].sources[${j}]`,
          message: `marked primary but ${failure}: mark it reference (the strict primary rule)`,
        });
    });
    for (const side of ['japan', 'korea'] as const) {
      const source = event.positions?.[side]?.source;
      const failure = source?.kind === 'primary' && strictPrimaryFailure(source, event.date);
      if (failure)
        problems.push({
          path: `events[${i}].positions.${side}.source`,
          message: `marked primary but ${failure}: mark it reference (the strict primary rule)`,
        });
    }
    if (event.sources[0]?.kind === 'reference' && event.sources.some((s) => s.kind !== 'reference'))
      problems.push({
        path: `events[${i}].sources[0]`,
        message: 'a reference source leads although a primary or press source is listed',
      });
  });
  return problems;
}
