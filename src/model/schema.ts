/**
 * The one schema of the dataset. Types are inferred from it (see the bottom of
 * this file) and `npm run schema:json` publishes it as data/dataset.schema.json.
 *
 * Shapes only live here; rules that need the whole dataset (unique ids,
 * cross-references, effect ordering) live in ./cross-check.ts.
 */
import { z } from 'zod';
import { FIRST_YEAR, isDateInRange, isIsoDate, LAST_YEAR } from './iso-date';

/** Longest short label (characters): about what fits beside a marker on a 600 px image. */
export const LABEL_MAX = 40;

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const Id = z.string().regex(idPattern, 'must be a kebab-case id (a-z, 0-9, hyphens)');

/**
 * A calendar-valid ISO date, YYYY-MM-DD, in the years the dashboard draws: a date in year
 * 9999 would have every chart count the months to it (and once hung the page).
 */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isIsoDate, 'not a valid date')
  .refine(
    (value) => !isIsoDate(value) || isDateInRange(value),
    `the year must be between ${FIRST_YEAR} and ${LAST_YEAR}`,
  );

export const HttpsUrl = z.string().refine((value) => {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}, 'must be an https:// URL');

export const DatePrecision = z.enum(['day', 'month', 'year']);

export const IssueStatus = z.enum(['escalating', 'active', 'easing', 'resolved']);
export const ConditionState = z.enum(['not-met', 'partly-met', 'met']);
export const EventStatus = z.enum(['planned', 'occurred', 'postponed', 'cancelled']);
export const Side = z.enum(['japan', 'korea', 'china', 'other']);

export const Source = z.object({
  publisher: z.string().min(1),
  title: z.string().min(1),
  url: HttpsUrl,
  published: IsoDate,
  kind: z
    .enum(['primary', 'press', 'reference'])
    .describe(
      "primary: the acting party's own official page (official host) dated within 7 days of the event; press: news reports; reference: document copies, databases, journals and later official pages",
    ),
});

export const Position = z.object({
  statement: z.string().min(1),
  source: Source,
});

export const Positions = z.object({
  japan: Position.optional(),
  korea: Position.optional(),
});

export const Meta = z.object({
  title: z.string().min(1),
  subtitle: z.string().optional(),
  coverage: z.object({ from: IsoDate, to: IsoDate }),
  /**
   * The day the data is up to date through: nothing may be recorded as having happened
   * after it, and the time cursor opens on it. Not the day the file was edited; when
   * searchedThrough is given it may not be later than that day.
   */
  lastUpdated: IsoDate,
  /**
   * The day through which reports were searched for events (the latest report searched,
   * never later): the page says no events are recorded after it.
   */
  searchedThrough: IsoDate.optional(),
  /** Why searchedThrough is more than 60 days after the latest event, when it is. */
  searchedThroughNote: z.string().min(1).optional(),
  /** the day every source link was last checked (may be later than lastUpdated) */
  sourcesCheckedOn: IsoDate.optional(),
  /** where the timeline opens: the dispute proper; earlier background is one "Fit all" away */
  defaultFrom: IsoDate.optional(),
  licence: z.string().min(1),
  credit: z.string().min(1),
  goldsteinTable: z.string().min(1),
});

export const Issue = z.object({
  id: Id,
  name: z.string().min(1),
  explainer: z.string().min(1),
  /**
   * The latest day the explainer tells of: at an earlier cursor it is folded as written
   * later. Absent: taken as meta.lastUpdated.
   */
  explainerDate: IsoDate.optional(),
  positions: Positions,
});

export const ActorType = z.enum([
  'government',
  'leader',
  'ministry',
  'court',
  'company',
  'plaintiffs',
  'foundation',
  'international',
  'legislature',
  'person',
  'other',
]);

export const Actor = z.object({
  id: Id,
  name: z.string().min(1),
  nameJa: z.string().optional(),
  nameKo: z.string().optional(),
  type: ActorType,
  country: z.enum(['JP', 'KR', 'CN', 'US', 'INTL']),
});

/**
 * `condition`: the sources report it as a condition for attending or holding the summit.
 * `demand`: one side demanded it at the time, but no source reports it as a condition for
 * the summit; the checklist shows it apart, as a demand.
 */
export const ConditionKind = z.enum(['condition', 'demand']);

export const Condition = z.object({
  id: Id,
  text: z.string().min(1),
  side: Side,
  /** absent means `condition` */
  kind: ConditionKind.optional(),
  demandedBy: z.array(Id).min(1),
  sources: z.array(Source).min(1),
  note: z.string().optional(),
  /** the latest day the note tells of: before it the checklist does not show the note */
  noteDate: IsoDate.optional(),
});

export const Summit = z.object({
  id: Id,
  name: z.string().min(1),
  host: z.string().min(1),
  /** The event that stands for the summit itself; its status history says whether it took place. */
  event: Id,
  conditions: z.array(Condition),
});

export const StatusEntry = z.object({
  date: IsoDate,
  status: EventStatus,
  note: z.string().optional(),
});

export const IssueEffect = z.object({
  issue: Id,
  status: IssueStatus,
  note: z.string().optional(),
});

export const ConditionEffect = z.object({
  condition: Id,
  state: ConditionState,
  note: z.string().optional(),
});

export const Effect = z.union([IssueEffect, ConditionEffect]);

/** A correction made to an event after it was published: when, and what was wrong. */
export const Correction = z.object({
  date: IsoDate,
  what: z.string().min(1),
});

export const Event = z.object({
  id: Id,
  date: IsoDate,
  datePrecision: DatePrecision,
  title: z.string().min(1),
  /** Short label drawn beside the marker on the timeline and in images; the title stays for the detail. */
  label: z
    .string()
    .min(1, 'a short label is required')
    .max(LABEL_MAX, `a label is at most ${LABEL_MAX} characters`),
  summary: z.string().min(1),
  issues: z.array(Id).min(1),
  actors: z.array(Id),
  kind: z.string().regex(idPattern, 'must be a kebab-case kind'),
  cameo: z.string().regex(/^\d{2,4}$/, 'must be a CAMEO code of 2 to 4 digits'),
  goldstein: z.number().min(-10).max(10),
  /** 1 = minor, 2 = notable, 3 = landmark: drives marker size. */
  significance: z.number().int().min(1).max(3),
  /** Empty when the event simply happened on its date; otherwise in date order. */
  status: z.array(StatusEntry),
  effects: z.array(Effect),
  positions: Positions.optional(),
  related: z.array(Id),
  sources: z.array(Source).min(1),
  /** For readers: where sources disagree, what was inferred, why no effect was set. */
  note: z.string().optional(),
  /**
   * For editors, never shown on the page: how a stored copy, a host or an address was
   * handled, where a title was taken from, and fixes that changed no fact, date or figure.
   */
  editorNote: z.string().optional(),
  /**
   * The event that announced or decided the measure this event carries out (its entry into
   * force, formal notification, service, or a ruling becoming final). The barometer weighs a
   * measure once, on that event, and gives this one no weight. See data/README.md, "Coding rules".
   */
  pairedWith: Id.optional(),
  /** Corrections of substance (a fact, a date, a figure) made after publication, oldest first. */
  corrections: z.array(Correction).optional(),
});

export const Dataset = z.object({
  meta: Meta,
  issues: z.array(Issue).min(1),
  actors: z.array(Actor),
  summits: z.array(Summit),
  events: z.array(Event),
});

export type Dataset = z.infer<typeof Dataset>;
export type DisputeEvent = z.infer<typeof Event>;
export type Issue = z.infer<typeof Issue>;
export type Actor = z.infer<typeof Actor>;
export type Summit = z.infer<typeof Summit>;
export type Condition = z.infer<typeof Condition>;
export type ConditionKind = z.infer<typeof ConditionKind>;
export type Correction = z.infer<typeof Correction>;
export type Source = z.infer<typeof Source>;
export type Position = z.infer<typeof Position>;
export type Effect = z.infer<typeof Effect>;
export type StatusEntry = z.infer<typeof StatusEntry>;
export type IssueStatus = z.infer<typeof IssueStatus>;
export type ConditionState = z.infer<typeof ConditionState>;
export type EventStatus = z.infer<typeof EventStatus>;
export type DatePrecision = z.infer<typeof DatePrecision>;
export type Meta = z.infer<typeof Meta>;
