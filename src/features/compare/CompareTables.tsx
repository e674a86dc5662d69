import type { Comparison } from '../../derive/compare';
import type { CompareMessages } from './use-compare';

/** Each summit condition (and demand) on both dates. */
export function CompareConditions({
  c,
  from,
  to,
  m,
}: {
  c: Comparison;
  from: string;
  to: string;
  m: CompareMessages;
}) {
  const { t } = m;
  if (c.conditions.length === 0) return null;
  return (
    <>
      <h3>{t.conditionsHeading}</h3>
      <table className="compare-table">
        <thead>
          <tr>
            <th scope="col">{t.condition}</th>
            <th scope="col">{t.then(from)}</th>
            <th scope="col">{t.now(to)}</th>
          </tr>
        </thead>
        <tbody>
          {c.conditions.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.text}</th>
              <td>{t.conditionState(row.then?.value ?? null)}</td>
              <td>
                <strong>{t.conditionState(row.now?.value ?? null)}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** Each indicator's figure on both dates and the change (none when a figure is missing). */
export function CompareIndicators({
  c,
  from,
  to,
  m,
}: {
  c: Comparison;
  from: string;
  to: string;
  m: CompareMessages;
}) {
  const { t } = m;
  if (c.indicators.length === 0) return null;
  return (
    <>
      <h3>{t.indicatorsHeading}</h3>
      <table className="compare-table">
        <thead>
          <tr>
            <th scope="col">{t.indicator}</th>
            <th scope="col">{t.then(from)}</th>
            <th scope="col">{t.now(to)}</th>
            <th scope="col">{t.change}</th>
          </tr>
        </thead>
        <tbody>
          {c.indicators.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.title}</th>
              <td>{m.figure(row.then, row)}</td>
              <td>{m.figure(row.now, row)}</td>
              <td>{row.change === null ? t.noChange : m.change(row.change)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** The barometer's six-month mean on both dates. */
export function CompareBarometer({
  c,
  from,
  to,
  m,
}: {
  c: Comparison;
  from: string;
  to: string;
  m: CompareMessages;
}) {
  const { t } = m;
  return (
    <>
      <h3>{t.barometerHeading}</h3>
      <table className="compare-table">
        <thead>
          <tr>
            <th scope="col">{t.then(from)}</th>
            <th scope="col">{t.now(to)}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>{t.barometerValue(c.barometer.then)}</td>
            <td>{t.barometerValue(c.barometer.now)}</td>
          </tr>
        </tbody>
      </table>
      <p className="chart-note">{t.barometerNote}</p>
    </>
  );
}
