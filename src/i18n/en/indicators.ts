/** English messages of the indicators namespace (the reference; ja/indicators.ts and ko/indicators.ts mirror it). */
import type { LabelledValue, SeriesSummary } from '../../derive/indicators';
import type { Frequency, IndicatorGroup } from '../../model/indicators-schema';
import { formatCount } from '../numbers';

const groups: Record<IndicatorGroup, string> = {
  opinion: 'Public opinion',
  travel: 'Travel',
  trade: 'Trade',
};

// made on first use: no Intl formatter at start-up
let compact: Intl.NumberFormat | undefined;
const compactNumber = (n: number) =>
  (compact ??= new Intl.NumberFormat('en', {
    notation: 'compact',
    maximumFractionDigits: 1,
  })).format(n);

export const indicators = {
  heading: 'Indicators',
  loading: 'Loading the indicators…',
  /** the reason comes from the loader, in English */
  failed: (reason: string) => `The indicators could not be loaded: ${reason}`,
  intro:
    'What the dispute did, in numbers: opinion polls, travel and trade, each figure as its source reports it, on a time axis that ends where the timeline’s does, each over its full span. Missing periods stay gaps; nothing is interpolated.',
  /** said on translated pages: the series' own texts are the data's, in English; empty in English */
  dataInEnglish: '',
  /** a landmark event on every chart, with its date */
  landmark: (label: string, date: string) => `${label} (${date})`,
  /** how to read the charts; dates come formatted, landmarks as `landmark` made them */
  howToRead: ({
    asOf,
    from,
    to,
    landmarks,
  }: {
    asOf: string;
    from: string;
    to: string;
    landmarks: string[];
  }) =>
    `Values as of ${asOf}: the figure for the year or month that contains that day; where there is none, the sentence says so. Charts run from ${from} (or from the start of a series that begins earlier) to ${to}; the cursor is the solid line, and no figure after it is drawn; dotted lines mark ${
      landmarks.length ? landmarks.join(', ') : 'no landmark events'
    }, and “break” marks a point that does not continue the series before it.`,
  groups,
  /** the words of the sentences and summaries (see IndicatorWords in derive/indicators) */
  words: {
    poll: (year: string) => `${year} poll`,
    value: (figure: string, unit: string) => {
      if (unit === '%') return `${figure} %`;
      if (/^(USD|JPY|KRW)\b/.test(unit)) {
        const [currency, ...rest] = unit.split(' ');
        return `${currency} ${figure}${rest.length ? ` ${rest.join(' ')}` : ''}`;
      }
      return `${figure} ${unit}`;
    },
    chartTitle: (group: IndicatorGroup, unit: string, frequency: Frequency) =>
      `${groups[group]}: ${unit === '%' ? 'per cent of respondents' : unit}, ${frequency}`,
    valueSentence: (period: string, title: string, value: string, seriesBreak: string) =>
      `${period}: ${title}: ${value}.${seriesBreak ? ` ${seriesBreak}` : ''}`,
    noFigureBefore: (title: string, first: string) => `${title}: no figure before ${first}.`,
    noFigureFor: (title: string, period: string, latest: LabelledValue | null) =>
      `${title}: no figure for ${period}${latest ? ` (latest earlier: ${latest.period}, ${latest.value})` : ''}.`,
    seriesSummary: (s: SeriesSummary) => {
      const count = `${formatCount(s.count)} figure${s.count === 1 ? '' : 's'}`;
      const span = s.last === null ? s.first : `${s.first} to ${s.last}`;
      const range =
        s.only !== null
          ? `: ${s.only}`
          : `, lowest ${s.lowest.value} (${s.lowest.period}), highest ${s.highest.value} (${s.highest.period})`;
      const brk = s.breaks.length
        ? `; series break at ${s.breaks.join(' and ')} (not comparable with earlier figures)`
        : '';
      return `${s.title}: ${count}, ${span}${range}${brk}.`;
    },
  },
  chart: {
    /** the cursor's line on a chart */
    asOf: 'As of',
    /** a break in a series, on a chart */
    break: 'break',
    /** the image's key to its dotted lines: the landmark events, as `landmark` writes them */
    landmarks: (list: string[]) => `Dotted lines: ${list.join('; ')}.`,
    /** a number on the value axis, short */
    axisNumber: compactNumber,
  },
  card: {
    /** the list of values as of the cursor: the ISO date and the same date written out */
    valuesLabel: (title: string, iso: string, _date: string) => `${title}, as of ${iso}`,
    /** around the publisher's link after a value (the space before it included) */
    sourceBefore: ' (source: ',
    sourceAfter: ')',
    /** the source line of a chart image: the first few publishers, and how many more */
    sourceLine: (publishers: string[], more: number) =>
      `Sources: ${publishers.join('; ')}${more ? `; and ${formatCount(more)} more` : ''}.`,
    downloadImage: (format: string) => `Download ${format}`,
    downloadImageOf: (format: string, title: string) => `Download ${format} of ${title}`,
    preparing: (format: string) => `Preparing the ${format}…`,
    downloaded: (name: string) => `Downloaded ${name}.`,
    imageFailed: (reason: string) => `The image could not be made: ${reason}`,
  },
  legend: 'Key',
  sources: {
    summary: (n: number) => `Definitions, caveats and sources (${formatCount(n)})`,
    caveats: 'Caveats:',
    /** a series' texts at a cursor before the file was compiled: they may tell of later figures */
    later: (asOf: string) => `Definition, caveats and sources, written after ${asOf}`,
    disagree: 'Where reports disagree:',
    /** where reports disagree, before the data's own note on it */
    disagreement: (period: string, shown: string, publisher: string | null, other: string) =>
      `${period}: ${shown} shown; ${publisher ?? 'another source'} reports ${other}.`,
    /** after a source's title */
    details: (publisher: string, published: string, kind: string) =>
      ` — ${publisher}, ${published} (${kind})`,
    kinds: { primary: 'primary', press: 'press', reference: 'reference' } as Record<string, string>,
  },
  downloads: {
    heading: 'Download the indicators',
    csv: 'Download indicators CSV',
    json: 'Download indicators JSON',
  },
};
