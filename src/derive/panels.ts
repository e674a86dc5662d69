import type {
  ConditionKind,
  ConditionState,
  Dataset,
  DisputeEvent,
  IssueStatus,
} from '../model/schema';
import {
  conditionStateAsOf,
  effectLog,
  issueStatusAsOf,
  type EffectLog,
  summitStatusAsOf,
  type SummitAsOf,
} from './state-as-of';
import { countUpTo, issueDates, yearlyTrend } from './issue-trends';
import { namesOf } from './names';

export interface IssueRow {
  id: string;
  name: string;
  status: IssueStatus | null;
  since: string | null;
  setBy: string | null;
  /** events of this issue on or before the date */
  count: number;
  /** events per year from the first year with an event of any issue */
  trend: number[];
}

/** What the panels look up many times: built once per dataset (see derivations.ts). */
export interface PanelIndex {
  effects: () => EffectLog;
  issueDates: () => Map<string, string[]>;
  byId: () => Map<string, DisputeEvent>;
}

function freshIndex(dataset: Dataset): PanelIndex {
  return {
    effects: () => effectLog(dataset.events),
    issueDates: () => issueDates(dataset.events),
    byId: () => namesOf(dataset).events,
  };
}

/** One row per issue, as things stood on `asOf`; trends per year from `trendFromYear`. */
export function issueRows(
  dataset: Dataset,
  asOf: string,
  trendFromYear: number,
  ix: PanelIndex = freshIndex(dataset),
): IssueRow[] {
  const dates = ix.issueDates();
  const log = ix.effects();
  return dataset.issues.map((issue) => {
    const state = issueStatusAsOf(dataset.events, issue.id, asOf, log);
    const count = countUpTo(dates.get(issue.id) ?? [], asOf);
    return {
      id: issue.id,
      name: issue.name,
      status: state?.value ?? null,
      since: state?.since ?? null,
      setBy: state?.eventId ?? null,
      count,
      trend: yearlyTrend(dataset.events, issue.id, trendFromYear, asOf, dates),
    };
  });
}

export interface ConditionRow {
  id: string;
  text: string;
  side: string;
  /** a stated condition for the summit, or a demand no source ties to it */
  kind: ConditionKind;
  note: string | null;
  /** the day the note tells of (the data's noteDate, else the data's last update) */
  noteDate: string | null;
  demandedBy: string[];
  /** null: the demand had not been made yet on the date */
  state: ConditionState | null;
  since: string | null;
  /** the events that set each state so far, oldest first */
  evidence: { eventId: string; date: string; state: ConditionState }[];
}

export interface SummitPanel extends SummitAsOf {
  /** stated conditions for the summit made by the date, in dataset order */
  conditions: ConditionRow[];
  /** demands made by the date that no source ties to the summit, in dataset order */
  demands: ConditionRow[];
}

/** Each summit with its conditions (and the demands beside them) as they stood on `asOf`. */
export function summitPanels(
  dataset: Dataset,
  asOf: string,
  ix: PanelIndex = freshIndex(dataset),
): SummitPanel[] {
  const log = ix.effects();
  return dataset.summits.map((summit) => {
    const rows: ConditionRow[] = summit.conditions.map((c) => {
      const state = conditionStateAsOf(dataset.events, c.id, asOf, log);
      // an undated note is taken as written when the data was last updated
      const noteDate = c.note ? (c.noteDate ?? dataset.meta.lastUpdated) : null;
      const noteKnown = noteDate !== null && noteDate <= asOf;
      return {
        id: c.id,
        text: c.text,
        side: c.side,
        kind: c.kind ?? 'condition',
        // a note that tells of a later day waits for it
        note: noteKnown ? c.note! : null,
        noteDate: noteKnown ? noteDate : null,
        demandedBy: c.demandedBy,
        state: state?.value ?? null,
        since: state?.since ?? null,
        evidence: (state?.history ?? []).map((h) => ({
          eventId: h.eventId,
          date: h.date,
          state: h.value,
        })),
      };
    });
    // a demand not yet made on the date is not shown at all: its text was written later
    const known = rows.filter((r) => r.state !== null);
    return {
      ...summitStatusAsOf(dataset, summit, asOf, ix.byId()),
      conditions: known.filter((r) => r.kind === 'condition'),
      demands: known.filter((r) => r.kind === 'demand'),
    };
  });
}
