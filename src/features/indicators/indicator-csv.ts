import type { IndicatorSource, Indicators } from '../../model/indicators-schema';

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
