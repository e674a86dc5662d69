import { useMemo } from 'react';
import { formatShortDate } from '../../derive/dates';
import { latestEventDate } from '../../derive/event-status';
import { useDataset, useIsCustomDataset } from '../../store/hooks';
import { useTracker, type Theme } from '../../store/tracker-store';

const themeLabels: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };

export function Header() {
  const dataset = useDataset();
  const theme = useTracker((s) => s.theme);
  const setTheme = useTracker((s) => s.setTheme);
  const custom = useIsCustomDataset();
  const latest = useMemo(() => latestEventDate(dataset.events), [dataset]);
  const checked = dataset.meta.sourcesCheckedOn;
  return (
    <header className="app-header">
      <div>
        <h1>{dataset.meta.title}</h1>
        <p className="subtitle">
          {dataset.meta.subtitle ? `${dataset.meta.subtitle} · ` : ''}
          {latest ? (
            <>
              Latest event: <time dateTime={latest}>{formatShortDate(latest)}</time>
            </>
          ) : (
            'No events yet'
          )}
          {checked && (
            <>
              {' · '}Sources checked: <time dateTime={checked}>{formatShortDate(checked)}</time>
            </>
          )}
          {custom && <strong> · custom dataset</strong>}
        </p>
      </div>
      <label className="theme-switch">
        Theme{' '}
        <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
          {(Object.keys(themeLabels) as Theme[]).map((t) => (
            <option key={t} value={t}>
              {themeLabels[t]}
            </option>
          ))}
        </select>
      </label>
    </header>
  );
}
