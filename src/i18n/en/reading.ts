/**
 * English messages of the indicator readings, one sentence per series that reads its chart
 * (the reference; ja/reading.ts and ko/reading.ts mirror it). They travel with the
 * indicators' chunk (indicators/reading-messages.ts), not in the first paint's catalogue.
 */
import type { ReadingWords } from '../../derive/indicator-reading';

const list = (items: string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

export const reading = {
  move: (title, direction, from, to, latest) =>
    `${title} ${direction} from ${from.value} in ${from.period} to ${to.value} in ${to.period}${
      latest ? ` and stood at ${latest.value} in ${latest.period}` : ''
    }.`,
  flat: (title, from, to) =>
    `${title} changed little, from ${from.value} in ${from.period} to ${to.value} in ${to.period}.`,
  one: (title, only) => `${title}: ${only.value} in ${only.period}.`,
  none: (title, first) => `${title}: no figure before ${first}.`,
  gaps: (missing, frequency) =>
    ` No figure for ${missing} ${
      frequency === 'annual'
        ? missing === 1
          ? 'year'
          : 'years'
        : missing === 1
          ? 'month'
          : 'months'
    } in that span.`,
  breaks: (periods) => ` The series breaks at ${list(periods)}.`,
  upTo: (date) => ` Read up to ${date}; later figures are left out.`,
  /** the fold under the reading: the figures as of the cursor and the chart's summary */
  details: (date: string) => `Figures as of ${date}, and the chart in numbers`,
} satisfies ReadingWords & { details: (date: string) => string };
