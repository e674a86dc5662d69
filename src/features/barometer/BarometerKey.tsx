import { useMessages } from '../../i18n/context';
import { panels as enPanels } from '../../i18n/en/panels';

/**
 * The barometer's key in HTML, painted with the page (no layout shift when the chart
 * arrives): each series by a word and a shape, so none depends on colour alone.
 */
export function BarometerKey() {
  const t = useMessages('panels', enPanels).barometer;
  return (
    <ul className="chart-key" aria-label={t.key}>
      <li>
        <svg width="12" height="12" aria-hidden="true">
          <rect x="2" y="0" width="8" height="12" fill="var(--cooperation)" />
        </svg>{' '}
        {t.cooperation}
      </li>
      <li>
        <svg width="12" height="12" aria-hidden="true">
          <rect x="2" y="0" width="8" height="12" fill="var(--conflict)" />
        </svg>{' '}
        {t.conflict}
      </li>
      <li>
        <svg width="22" height="12" aria-hidden="true">
          <line x1="1" y1="6" x2="21" y2="6" stroke="var(--accent)" strokeWidth="2" />
        </svg>{' '}
        {t.rollingMean}
      </li>
      <li>
        <svg width="12" height="12" aria-hidden="true">
          <circle cx="6" cy="6" r="4" fill="var(--text)" />
        </svg>{' '}
        {t.landmarks}
      </li>
    </ul>
  );
}
