import type { ReactNode } from 'react';
import type { CompareMessages } from './use-compare';

/** One row of a comparison: what it is, its state on each date, and perhaps a last cell. */
export interface ThenNowRow {
  key: string;
  /** the row's header (the issue, condition or indicator); unused without a name column */
  name?: ReactNode;
  then: ReactNode;
  now: ReactNode;
  /** the cell of the last column, when the table has one */
  last?: ReactNode;
}

/**
 * A heading and a table of things on the two dates, the one shape of every comparison:
 * a name column (when the rows are named), then and now, and an optional last column.
 */
export function ThenNowTable({
  heading,
  nameColumn,
  lastColumn,
  rows,
  from,
  to,
  m,
}: {
  heading: string;
  nameColumn?: string;
  lastColumn?: string;
  rows: readonly ThenNowRow[];
  from: string;
  to: string;
  m: CompareMessages;
}) {
  const { t } = m;
  return (
    <>
      <h3>{heading}</h3>
      <table className="compare-table">
        <thead>
          <tr>
            {nameColumn && <th scope="col">{nameColumn}</th>}
            <th scope="col">{t.then(from)}</th>
            <th scope="col">{t.now(to)}</th>
            {lastColumn && <th scope="col">{lastColumn}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {nameColumn && <th scope="row">{row.name}</th>}
              <td>{row.then}</td>
              <td>{row.now}</td>
              {lastColumn && <td>{row.last}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
