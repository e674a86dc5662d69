import { issueChanged, type IssueComparison, type StateOn } from '../../derive/compare';
import type { IssueStatus } from '../../model/schema';
import { useTracker } from '../../store/tracker-store';
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
  const selectEvent = useTracker((s) => s.selectEvent);
  const changed = rows.filter(issueChanged);
  const same = rows.length - changed.length;
  const { t, core } = m;
  return (
    <>
      <h3>{t.issuesHeading}</h3>
      <table className="compare-table">
        <thead>
          <tr>
            <th scope="col">{t.issue}</th>
            <th scope="col">{t.then(from)}</th>
            <th scope="col">{t.now(to)}</th>
            <th scope="col">{t.between}</th>
          </tr>
        </thead>
        <tbody>
          {changed.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.name}</th>
              <td>
                <Status state={row.then} m={m} />
              </td>
              <td>
                <Status state={row.now} m={m} />
              </td>
              <td>
                {row.between.length === 0 ? (
                  t.noEventsBetween
                ) : (
                  <details>
                    <summary aria-label={t.showEvents(row.name, row.between.length)}>
                      {t.eventsBetween(row.between.length)}
                    </summary>
                    <ul className="compare-events">
                      {row.between.map((e) => (
                        <li key={e.id}>
                          <button
                            type="button"
                            className="link-button"
                            onClick={() => selectEvent(e.id)}
                          >
                            {core.format.date(e.date, e.datePrecision)}: {e.title}
                          </button>
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {same > 0 && <p className="compare-unchanged">{t.unchanged(same)}</p>}
    </>
  );
}
