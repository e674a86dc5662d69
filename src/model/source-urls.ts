import type { Problem } from './problems';
import type { Dataset, Issue, Source } from './schema';

/**
 * Clean links: a source's address is the page's own address, not one that tells the
 * publisher, an ad network or a newsletter tool who sent the reader. Such parameters are
 * refused; AMP copies are reported, because the canonical page is usually better but the
 * AMP address does reach the same text.
 */

/** Exact names of tracking parameters (lower case); any `utm_…` parameter is one as well. */
const TRACKING = new Set([
  // HubSpot
  '_hsenc',
  '_hsmi',
  '__hstc',
  '__hssc',
  '__hsfp',
  'hsctatracking',
  // Mailchimp
  'mc_cid',
  'mc_eid',
  // click identifiers of ad and social networks
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'igshid',
  'li_fat_id',
  // Google Analytics linker, Marketo, Omeda, Vero, AT Internet
  '_ga',
  '_gl',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'vero_conv',
  'xtor',
]);

/** Tracking parameters in a URL's query (and in a `#…` fragment written like a query). */
export function trackingParameters(url: string): string[] {
  // without '?' or '#' a URL has neither a query nor a fragment: nothing to parse
  if (!url.includes('?') && !url.includes('#')) return [];
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [];
  }
  const names = [...parsed.searchParams.keys()];
  // some campaign tools put the parameters after '#' (`#xtor=RSS-1`, `#utm_source=…`)
  if (parsed.hash.includes('=')) names.push(...new URLSearchParams(parsed.hash.slice(1)).keys());
  return names.filter((name) => {
    const key = name.toLowerCase();
    return key.startsWith('utm_') || TRACKING.has(key);
  });
}

/** An AMP copy of a page: an `amp` host, an `/amp` path segment, `.amp` pages or `?amp`/`outputType=amp`. */
export function isAmpUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const host = parsed.hostname.toLowerCase();
  if (
    (host.startsWith('amp.') && host.split('.').length > 2) ||
    host.endsWith('.cdn.ampproject.org')
  )
    return true;
  if (parsed.pathname.split('/').some((part) => /^amp$|\.amp(\.html?)?$/i.test(part))) return true;
  const amp = parsed.searchParams.get('amp');
  return (
    amp === '' || amp === '1' || amp === 'true' || parsed.searchParams.get('outputType') === 'amp'
  );
}

/**
 * Visits every source in the dataset in order (events, their positions, issues' positions,
 * conditions), with its path, written out only when asked for.
 */
function eachSource(data: Dataset, visit: (source: Source, path: () => string) => void) {
  const positions = (base: () => string, p: Issue['positions'] | undefined) => {
    for (const side of ['japan', 'korea'] as const) {
      const position = p?.[side];
      if (position) visit(position.source, () => `${base()}.positions.${side}.source`);
    }
  };
  data.issues.forEach((issue, i) => positions(() => `issues[${i}]`, issue.positions));
  data.summits.forEach((summit, s) =>
    summit.conditions.forEach((c, k) =>
      c.sources.forEach((source, j) =>
        visit(source, () => `summits[${s}].conditions[${k}].sources[${j}]`),
      ),
    ),
  );
  data.events.forEach((event, i) => {
    event.sources.forEach((source, j) => visit(source, () => `events[${i}].sources[${j}]`));
    positions(() => `events[${i}]`, event.positions);
  });
}

/** Every source in the dataset with its path: events, their positions, issues' positions, conditions. */
export function sourcesWithPaths(data: Dataset): { path: string; source: Source }[] {
  const out: { path: string; source: Source }[] = [];
  eachSource(data, (source, path) => out.push({ path: path(), source }));
  return out;
}

/** Source URLs that carry tracking parameters: problems, so validation fails. */
export function trackingProblems(data: Dataset): Problem[] {
  const problems: Problem[] = [];
  eachSource(data, (source, path) => {
    const found = trackingParameters(source.url);
    if (found.length)
      problems.push({
        path: `${path()}.url`,
        message: `tracking parameter${found.length > 1 ? 's' : ''} ${found.join(', ')} in the source URL: cite the page's own address`,
      });
  });
  return problems;
}

/** Source URLs of AMP copies: warnings only; the canonical page is preferred. */
export function ampWarnings(data: Dataset): Problem[] {
  return sourcesWithPaths(data)
    .filter(({ source }) => isAmpUrl(source.url))
    .map(({ path }) => ({
      path: `${path}.url`,
      message: 'an AMP copy of the page: prefer the canonical address',
    }));
}
