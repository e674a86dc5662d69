/**
 * The schema of data/indicators.json: sourced series of what the dispute did (opinion,
 * travel, trade). Types are inferred from it; `npm run schema:json` publishes it as
 * data/indicators.schema.json. Rules that need a whole series (sorted periods, source
 * indexes in range, clean links) live in ./validate-indicators.ts.
 */
import { z } from 'zod';
import { HttpsUrl, Id, IsoDate } from './schema';

/** 'YYYY' for an annual figure, 'YYYY-MM' for a monthly one. */
export const Period = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'must be a period written YYYY or YYYY-MM');

const SourceIndex = z.number().int().min(0);

export const Alternative = z.object({
  /** what another source reports for the same period */
  value: z.number(),
  source: SourceIndex,
  /** which value is shown and why */
  note: z.string().min(1),
});

export const IndicatorPoint = z.object({
  period: Period,
  value: z.number(),
  /** index into the series' sources: the source of the value shown */
  source: SourceIndex,
  /** indexes of further sources that state the same value */
  alsoSources: z.array(SourceIndex).optional(),
  /** where sources disagree: the values not shown */
  alternatives: z.array(Alternative).optional(),
  note: z.string().min(1).optional(),
  /** the series is not comparable across this point: why, in words */
  break: z.string().min(1).optional(),
});

export const IndicatorSource = z.object({
  publisher: z.string().min(1),
  title: z.string().min(1),
  url: HttpsUrl,
  published: IsoDate,
  kind: z.enum(['primary', 'press', 'reference']),
  /** how the address was cleaned or the date inferred */
  note: z.string().min(1).optional(),
});

export const IndicatorGroup = z.enum(['opinion', 'travel', 'trade']);
export const Frequency = z.enum(['annual', 'monthly']);

export const IndicatorSeries = z.object({
  id: Id,
  group: IndicatorGroup,
  title: z.string().min(1),
  unit: z.string().min(1),
  frequency: Frequency,
  definition: z.string().min(1),
  coverage: z.string().min(1),
  caveats: z.string().min(1),
  points: z.array(IndicatorPoint).min(1),
  sources: z.array(IndicatorSource).min(1),
});

export const Indicators = z.object({
  title: z.string().min(1),
  description: z.string().min(1),
  series: z.array(IndicatorSeries).min(1),
});

export type Indicators = z.infer<typeof Indicators>;
export type IndicatorSeries = z.infer<typeof IndicatorSeries>;
export type IndicatorPoint = z.infer<typeof IndicatorPoint>;
export type IndicatorSource = z.infer<typeof IndicatorSource>;
export type IndicatorGroup = z.infer<typeof IndicatorGroup>;
export type Frequency = z.infer<typeof Frequency>;
