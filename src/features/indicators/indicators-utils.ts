import type { IndicatorSeries, IndicatorSource, Indicators } from '../../model/indicators-schema';
import { periodLabel } from '../../derive/indicators';

/** Only https sources become links (the data allows nothing else; this guards custom copies). */
export function httpsHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** The source line of a chart image: distinct publishers of the figures drawn, the first few. */
export function sourceLine(series: readonly IndicatorSeries[], max = 6): string {
  const publishers: string[] = [];
  for (const s of series)
    for (const p of s.points) {
      const name = s.sources[p.source]?.publisher;
      if (name && !publishers.includes(name)) publishers.push(name);
    }
  const shown = publishers.slice(0, max).join('; ');
  const more = publishers.length > max ? `; and ${publishers.length - max} more` : '';
  return `Sources: ${shown}${more}.`;
}

/** Where reports disagree, in words: the value shown, the others, and why. */
export function disagreements(series: IndicatorSeries): string[] {
  return series.points.flatMap((p) =>
    (p.alternatives ?? []).map(
      (a) =>
        `${periodLabel(p.period)}: ${p.value} shown; ${series.sources[a.source]?.publisher ?? 'another source'} reports ${a.value}. ${a.note}`,
    ),
  );
}

export interface IndicatorCsvRow {
  series_id: string;
  group: string;
  series_title: string;
  unit: string;
  frequency: string;
  period: string;
  value: number;
  series_break: string;
  note: string;
  alternatives: string;
  source_publisher: string;
  source_title: string;
  source_url: string;
  source_published: string;
  source_kind: string;
  source_note: string;
  also_sources: string;
}

const cite = (s: IndicatorSource | undefined) => (s ? `${s.publisher}: ${s.url}` : '');

/** One row per figure, each with the source that states it (and any others that agree). */
export function indicatorCsvRows(indicators: Indicators): IndicatorCsvRow[] {
  return indicators.series.flatMap((series) =>
    series.points.map((p) => {
      const source = series.sources[p.source];
      return {
        series_id: series.id,
        group: series.group,
        series_title: series.title,
        unit: series.unit,
        frequency: series.frequency,
        period: p.period,
        value: p.value,
        series_break: p.break ?? '',
        note: p.note ?? '',
        alternatives: (p.alternatives ?? [])
          .map((a) => `${a.value} (${cite(series.sources[a.source])}): ${a.note}`)
          .join(' | '),
        source_publisher: source?.publisher ?? '',
        source_title: source?.title ?? '',
        source_url: source?.url ?? '',
        source_published: source?.published ?? '',
        source_kind: source?.kind ?? '',
        source_note: source?.note ?? '',
        also_sources: (p.alsoSources ?? []).map((i) => cite(series.sources[i])).join(' | '),
      };
    }),
  );
}
