/**
 * Full validation of data/indicators.json: shape (zod), then the rules that need a whole
 * series. Used by `npm run validate:data` and the tests; the page trusts the bundled file,
 * which CI checks, so zod stays out of the page's indicator code.
 */
import { Indicators } from './indicators-schema';
import { formatPath, type Problem, type Validation } from './problems';
import { trackingParameters } from './source-urls';
import { MAX_PROBLEMS } from './validate';

export function validateIndicators(input: unknown): Validation<Indicators> {
  const parsed = Indicators.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues
        .slice(0, MAX_PROBLEMS)
        .map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
    };
  }
  const problems = crossCheckIndicators(parsed.data);
  if (problems.length) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  return { ok: true, data: parsed.data };
}

/** Unique ids, periods of the series' frequency in order and unique, sources in range, clean links. */
export function crossCheckIndicators(data: Indicators): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set<string>();
  data.series.forEach((series, s) => {
    const base = `series[${s}]`;
    if (ids.has(series.id))
      problems.push({ path: `${base}.id`, message: `duplicate series id "${series.id}"` });
    ids.add(series.id);
    const length = series.frequency === 'annual' ? 4 : 7;
    const inRange = (index: number, path: string) => {
      if (index >= series.sources.length)
        problems.push({
          path,
          message: `source ${index} does not exist (the series has ${series.sources.length})`,
        });
    };
    series.points.forEach((point, p) => {
      const at = `${base}.points[${p}]`;
      if (point.period.length !== length)
        problems.push({
          path: `${at}.period`,
          message: `a ${series.frequency} series needs periods written ${length === 4 ? 'YYYY' : 'YYYY-MM'}`,
        });
      const previous = series.points[p - 1];
      if (previous && previous.period >= point.period)
        problems.push({
          path: `${at}.period`,
          message:
            previous.period === point.period
              ? `period ${point.period} appears twice`
              : `period ${point.period} comes after ${previous.period}: keep periods in order`,
        });
      inRange(point.source, `${at}.source`);
      point.alsoSources?.forEach((index, k) => inRange(index, `${at}.alsoSources[${k}]`));
      point.alternatives?.forEach((alt, k) =>
        inRange(alt.source, `${at}.alternatives[${k}].source`),
      );
    });
    series.sources.forEach((source, k) => {
      const found = trackingParameters(source.url);
      if (found.length)
        problems.push({
          path: `${base}.sources[${k}].url`,
          message: `tracking parameter${found.length > 1 ? 's' : ''} ${found.join(', ')} in the source URL: cite the page's own address`,
        });
    });
  });
  return problems;
}
