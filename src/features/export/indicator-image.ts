/**
 * An indicator chart's image, loaded on first use (by the indicators' cards, with import()):
 * what the chart draws, as the SVG drawing's input, and the drawing, its PNG and the download.
 */
import {
  breaksOf,
  chartRows,
  dateToTime,
  periodOf,
  roundTicks,
  segmentCount,
  segmentKey,
  yearTicks,
  type IndicatorChart,
  type Landmark,
} from '../../derive/indicators';
import type { Catalogue } from '../../i18n/catalogue';
import type { Lang } from '../../i18n/lang';
import type { IndicatorSvgInput } from './indicator-svg';

export { indicatorSvg } from './indicator-svg';
export { download, svgSize, svgToPng } from './export-files';

/**
 * What a chart's image draws, from the chart as the page draws it: the same span, ticks and
 * landmarks. Only the figures as of the cursor are drawn (those of the periods begun by
 * then, the rule of the values in words), and only the landmarks of that day or before, so
 * an image of a past day shows nothing later: the axis runs on, empty, past the cursor.
 */
export function indicatorImageInput(view: {
  chart: IndicatorChart;
  asOf: string;
  from: string;
  to: string;
  landmarks: readonly Landmark[];
  lang: Lang;
  core: Catalogue['core'];
  t: Catalogue['indicators'];
  /** the chart read in a sentence */
  reading: string;
  /** the source line, credit and permalink */
  source: string;
}): IndicatorSvgInput {
  const { chart, asOf, from, to, core, t } = view;
  const known = periodOf(asOf, chart.frequency);
  const rows = chartRows(chart, from, to).filter((r) => r.period <= known);
  const lines: IndicatorSvgInput['lines'][number][] = [];
  chart.series.forEach((series, i) => {
    for (let n = 0; n < segmentCount(series); n++) {
      const key = segmentKey(series.id, n);
      // a missing figure breaks the line: one run of figures per line
      let run: [number, number][] = [];
      for (const row of rows) {
        const v = row[key];
        if (typeof v === 'number') run.push([row.t, v]);
        else if (run.length) {
          lines.push({ series: i, points: run });
          run = [];
        }
      }
      if (run.length) lines.push({ series: i, points: run });
    }
  });
  const values = lines.flatMap((l) => l.points.map(([, v]) => v));
  // the landmark events known on the cursor date, drawn as dotted lines and named in a key
  const landmarks = view.landmarks.filter((l) => l.date <= asOf && l.date >= from && l.date <= to);
  return {
    lang: view.lang,
    title: chart.title,
    series: chart.series.map((s) => s.title),
    lines,
    span: [dateToTime(from), dateToTime(to)],
    xTicks: yearTicks(from, to).map((time) => ({
      t: time,
      label: core.format.year(new Date(time).getUTCFullYear()),
    })),
    yTicks: roundTicks(values).map((v) => ({ v, label: t.chart.axisNumber(v) })),
    cursor: dateToTime(asOf),
    landmarks: landmarks.map((l) => dateToTime(l.date)),
    breaks: [...new Set(chart.series.flatMap(breaksOf))]
      .filter((p) => p <= known)
      .map((p) => dateToTime(`${p.slice(0, 4)}-01-01`)),
    words: {
      cursor: t.chart.asOf,
      break: t.chart.break,
      landmarks: landmarks.length
        ? t.chart.landmarks(
            landmarks.map((l) => t.landmark(l.label, core.format.shortDate(l.date))),
          )
        : null,
      reading: view.reading,
      source: view.source,
    },
  };
}
