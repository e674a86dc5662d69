/**
 * A tiny trend line with its scale: the peak and zero written beside it (numerals read the
 * same in every language), so that two issues' lines can be compared; every yearly count is
 * in the accessible name.
 */
export function Sparkline({ values, label }: { values: number[]; label: string }) {
  const w = 80;
  const h = 20;
  const peak = Math.max(0, ...values);
  const max = Math.max(1, peak);
  const step = values.length > 1 ? w / (values.length - 1) : w;
  const points = values
    .map((v, i) => `${(i * step).toFixed(1)},${(h - 1 - (v / max) * (h - 2)).toFixed(1)}`)
    .join(' ');
  return (
    <span className="sparkline-scaled">
      <span className="sparkline-scale" aria-hidden="true">
        <span>{peak}</span>
        <span>0</span>
      </span>
      <svg
        className="sparkline"
        width={w}
        height={h}
        viewBox={`0 0 ${w} ${h}`}
        role="img"
        aria-label={label}
      >
        <line x1="0" x2={w} y1={h - 1} y2={h - 1} className="sparkline-base" />
        <polyline points={points} fill="none" stroke="currentColor" strokeWidth="1.5" />
      </svg>
    </span>
  );
}
