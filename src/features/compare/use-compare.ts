import { useEffect, useMemo, useState } from 'react';
import { compareDates, type CompareWords, type Comparison } from '../../derive/compare';
import { formatValue, periodLabel, type ValueAsOf } from '../../derive/indicators';
import type { Catalogue } from '../../i18n/catalogue';
import { useLang, useMessages } from '../../i18n/context';
import { useCompareWords } from './compare-messages';
import { core as enCore } from '../../i18n/en/core';
import { indicators as enIndicators } from '../../i18n/en/indicators';
import { loadIndicators, type IndicatorsLoad } from '../../model/load-indicators';
import type { IndicatorSeries } from '../../model/indicators-schema';
import { useDataset, useDerivations } from '../../store/hooks';
import { useTracker } from '../../store/tracker-store';
import { indicatorWords, titledIn } from '../indicators';

const changeFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

export interface CompareMessages {
  t: ReturnType<typeof useCompareWords>;
  core: Catalogue['core'];
  /** a figure as of a date, in words */
  figure: (found: ValueAsOf, series: Pick<IndicatorSeries, 'unit' | 'group'>) => string;
  /** a change with its sign: '+2.5', '−13.5' */
  change: (n: number) => string;
  words: CompareWords;
}

/** The messages the comparison shows and the plain-text summary is written with. */
export function useCompareMessages(): CompareMessages {
  const t = useCompareWords();
  const core = useMessages('core', enCore);
  const ind = useMessages('indicators', enIndicators);
  return useMemo(() => {
    const w = indicatorWords(core, ind);
    const period = (p: string, group: string) =>
      group === 'opinion' ? w.poll(p) : periodLabel(p, w);
    const figure: CompareMessages['figure'] = (found, series) => {
      if (found.kind === 'value')
        return t.figure.value(
          formatValue(found.point.value, series.unit, w),
          period(found.period, series.group),
        );
      if (found.kind === 'gap') return t.figure.gap(periodLabel(found.period, w));
      return t.figure.before(period(found.first, series.group));
    };
    // the change as precise as the figures (up to two decimals), with its sign
    const change = (n: number) =>
      `${n > 0 ? '+' : n < 0 ? '−' : '±'}${changeFormat.format(Math.abs(n))}`;
    const words: CompareWords = {
      ...t.text,
      date: (iso) => core.format.date(iso, 'day'),
      issueStatus: t.issueStatus,
      conditionState: t.conditionState,
      figure,
      indicatorLine: (title, then, now, n) =>
        t.text.indicatorLine(title, then, now, n === null ? null : change(n)),
      barometerLine: (then, now) =>
        t.text.barometerLine(t.barometerValue(then), t.barometerValue(now)),
    };
    return { t, core, figure, change, words };
  }, [t, core, ind]);
}

/** The comparison of the two dates in the URL, with the indicators once they have loaded. */
export function useComparison(): {
  comparison: Comparison | null;
  indicatorsFailed: string | null;
} {
  const range = useTracker((s) => s.compare);
  const dataset = useDataset();
  const derived = useDerivations();
  const { translation } = useLang();
  const [load, setLoad] = useState<IndicatorsLoad | null>(null);
  useEffect(() => {
    let live = true;
    void loadIndicators(import.meta.env.BASE_URL).then((result) => {
      if (live) setLoad(result);
    });
    return () => {
      live = false;
    };
  }, []);
  const comparison = useMemo(() => {
    if (!range) return null;
    const indicators = load?.ok ? titledIn(load.indicators, translation?.indicators) : null;
    return compareDates(dataset, range, indicators, derived.index.effects());
  }, [range, dataset, derived, load, translation]);
  return { comparison, indicatorsFailed: load && !load.ok ? load.message : null };
}
