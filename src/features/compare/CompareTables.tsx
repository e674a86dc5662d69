import type { Comparison } from '../../derive/compare';
import { ThenNowTable } from './ThenNowTable';
import type { CompareMessages } from './use-compare';

interface TableProps {
  c: Comparison;
  from: string;
  to: string;
  m: CompareMessages;
}

/** Each summit condition (and demand) on both dates. */
export function CompareConditions({ c, from, to, m }: TableProps) {
  const { t } = m;
  if (c.conditions.length === 0) return null;
  return (
    <ThenNowTable
      heading={t.conditionsHeading}
      nameColumn={t.condition}
      rows={c.conditions.map((row) => ({
        key: row.id,
        name: row.text,
        then: t.conditionState(row.then?.value ?? null),
        now: <strong>{t.conditionState(row.now?.value ?? null)}</strong>,
      }))}
      from={from}
      to={to}
      m={m}
    />
  );
}

/** Each indicator's figure on both dates and the change (none when a figure is missing). */
export function CompareIndicators({ c, from, to, m }: TableProps) {
  const { t } = m;
  if (c.indicators.length === 0) return null;
  return (
    <ThenNowTable
      heading={t.indicatorsHeading}
      nameColumn={t.indicator}
      lastColumn={t.change}
      rows={c.indicators.map((row) => ({
        key: row.id,
        name: row.title,
        then: m.figure(row.then, row),
        now: m.figure(row.now, row),
        last: row.change === null ? t.noChange : m.change(row.change),
      }))}
      from={from}
      to={to}
      m={m}
    />
  );
}

/** The barometer's six-month mean on both dates. */
export function CompareBarometer({ c, from, to, m }: TableProps) {
  const { t } = m;
  return (
    <>
      <ThenNowTable
        heading={t.barometerHeading}
        rows={[
          {
            key: 'barometer',
            then: t.barometerValue(c.barometer.then),
            now: t.barometerValue(c.barometer.now),
          },
        ]}
        from={from}
        to={to}
        m={m}
      />
      <p className="chart-note">{t.barometerNote}</p>
    </>
  );
}
