import type { BarometerRow } from '../../derive/barometer-series';
import type { Catalogue } from '../../i18n/catalogue';

/** A month's landmark mark: a solid dot outlined in the page colour, so it reads on any bar. */
export function LandmarkDot(props: { cx?: number; cy?: number; value?: unknown; index?: number }) {
  const { cx, cy, value, index } = props;
  // Recharts asks for a dot at every month; only months with landmarks get one
  if (value === null || value === undefined || cx === undefined || cy === undefined)
    return <g key={index} />;
  return (
    <circle
      key={index}
      className="landmark-dot"
      cx={cx}
      cy={cy}
      r={4}
      fill="var(--text)"
      stroke="var(--surface)"
      strokeWidth={1.5}
    />
  );
}

/**
 * A month's values in words, with its landmark events named: Recharts shows it on hover and
 * when the chart has keyboard focus (arrow keys move between months).
 */
export function BarometerTooltip({
  active,
  payload,
  format,
  t,
}: {
  active?: boolean;
  payload?: readonly { payload?: unknown }[];
  format: Pick<Catalogue['core']['format'], 'month'>;
  t: Pick<
    Catalogue['panels']['barometer'],
    'monthlySum' | 'rollingMean' | 'gap' | 'landmarks' | 'unit'
  >;
}) {
  const row = payload?.[0]?.payload as BarometerRow | undefined;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <strong>{format.month(row.month)}</strong>
      {row.sum === null ? (
        <div>{t.gap}</div>
      ) : (
        <>
          <div>
            {t.monthlySum}: {row.sum} ({t.unit})
          </div>
          <div>
            {t.rollingMean}: {row.rolling}
          </div>
        </>
      )}
      {row.landmarks.length > 0 && (
        <>
          <div>{t.landmarks}:</div>
          <ul>
            {row.landmarks.map((title, i) => (
              <li key={i}>{title}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
