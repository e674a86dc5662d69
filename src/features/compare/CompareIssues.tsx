import { issueChanged, type IssueComparison, type StateOn } from '../../derive/compare';
import type { IssueStatus } from '../../model/schema';
import { useTracker } from '../../store/tracker-store';
import { ThenNowTable } from './ThenNowTable';
import type { CompareMessages } from './use-compare';

function Status({ state, m }: { state: StateOn<IssueStatus> | null; m: CompareMessages }) {
  return (
    <>
      <strong>{m.t.issueStatus(state?.value ?? null)}</strong>
      {state && (
        <span className="compare-since"> {m.t.since(m.core.format.date(state.since, 'day'))}</span>
      )}
    </>
  );
}

/** The events between the dates, folded; each opens its detail. */
function EventsBetween({ row, m }: { row: IssueComparison; m: CompareMessages }) {
  const selectEvent = useTracker((s) => s.selectEvent);
  const { t, core } = m;
  if (row.between.length === 0) return t.noEventsBetween;
  return (
    <details>
      <summary aria-label={t.showEvents(row.name, row.between.length)}>
        {t.eventsBetween(row.between.length)}
      </summary>
      <ul className="compare-events">
        {row.between.map((e) => (
          <li key={e.id}>
            <button type="button" className="link-button" onClick={() => selectEvent(e.id)}>
              {core.format.date(e.date, e.datePrecision)}: {e.title}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * Each issue that changed or had events between the dates: its status on both, and the
 * events between (each opens its detail). The others are counted in one line.
 */
export function CompareIssues({
  rows,
  from,
  to,
  m,
}: {
  rows: IssueComparison[];
  from: string;
  to: string;
  m: CompareMessages;
}) {
  const changed = rows.filter(issueChanged);
  const same = rows.length - changed.length;
  const { t } = m;
  return (
    <>
      <ThenNowTable
        heading={t.issuesHeading}
        nameColumn={t.issue}
        lastColumn={t.between}
        rows={changed.map((row) => ({
          key: row.id,
          name: row.name,
          then: <Status state={row.then} m={m} />,
          now: <Status state={row.now} m={m} />,
          last: <EventsBetween row={row} m={m} />,
        }))}
        from={from}
        to={to}
        m={m}
      />
      {same > 0 && <p className="compare-unchanged">{t.unchanged(same)}</p>}
    </>
  );
}
