import type { ReactNode } from 'react';
import { useMessages } from '../../i18n/context';
import { panels as enPanels } from '../../i18n/en/panels';

/** One entry of the key: a small drawing of the mark, then its word. */
function KeyItem({
  label,
  width = 12,
  children,
}: {
  label: string;
  width?: number;
  children: ReactNode;
}) {
  return (
    <li>
      <svg width={width} height="12" aria-hidden="true">
        {children}
      </svg>{' '}
      {label}
    </li>
  );
}

/** A bar of the stack as the key draws it; its colour names the half of the sum. */
const BAR = { x: 2, y: 0, width: 8, height: 12 } as const;

/**
 * The barometer's key in HTML, painted with the page (no layout shift when the chart
 * arrives): each series by a word and a shape, so none depends on colour alone.
 */
export function BarometerKey() {
  const t = useMessages('panels', enPanels).barometer;
  return (
    <ul className="chart-key" aria-label={t.key}>
      <KeyItem label={t.cooperation}>
        <rect {...BAR} fill="var(--cooperation)" />
      </KeyItem>
      <KeyItem label={t.conflict}>
        <rect {...BAR} fill="var(--conflict)" />
      </KeyItem>
      <KeyItem label={t.rollingMean} width={22}>
        <line x1="1" y1="6" x2="21" y2="6" stroke="var(--accent)" strokeWidth="2" />
      </KeyItem>
      <KeyItem label={t.landmarks}>
        <circle cx="6" cy="6" r="4" fill="var(--text)" />
      </KeyItem>
    </ul>
  );
}
