import { useMemo } from 'react';
import { eventsSearchedThrough } from '../../derive/coverage';
import { latestEventDate } from '../../derive/event-status';
import { useLang, useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { useDataset, useIsCustomDataset } from '../../store/hooks';
import { useTracker, type Theme } from '../../store/tracker-store';
import { LanguageSwitcher } from './LanguageSwitcher';

const themes: Theme[] = ['system', 'light', 'dark'];

export function Header() {
  const dataset = useDataset();
  const theme = useTracker((s) => s.theme);
  const setTheme = useTracker((s) => s.setTheme);
  const custom = useIsCustomDataset();
  const latest = useMemo(() => latestEventDate(dataset.events), [dataset]);
  const checked = dataset.meta.sourcesCheckedOn;
  // what lies after this day was not searched for: the page says so rather than look quiet
  const through = eventsSearchedThrough(dataset);
  const { lang } = useLang();
  const core = useMessages('core', enCore);
  const m = core.header;
  const date = core.format.shortDate;
  const note = core.language.translationNote;
  return (
    <header className="app-header">
      <div>
        <h1>{dataset.meta.title}</h1>
        <p className="subtitle">
          {dataset.meta.subtitle ? (
            <span className="subtitle-lead">{dataset.meta.subtitle} · </span>
          ) : null}
          {latest ? (
            <>
              {m.latestEvent} <time dateTime={latest}>{date(latest)}</time>
            </>
          ) : (
            m.noEvents
          )}
          {' · '}
          <time dateTime={through}>{m.noEventsAfter(date(through))}</time>
          {checked && (
            <span className="sources-checked">
              {' · '}
              {m.sourcesChecked} <time dateTime={checked}>{date(checked)}</time>
            </span>
          )}
          {custom && <strong> · {m.customDataset}</strong>}
        </p>
        {lang !== 'en' && !custom && note && <p className="translation-note">{note}</p>}
      </div>
      <div className="header-controls">
        <LanguageSwitcher />
        <label className="theme-switch">
          {m.theme}{' '}
          <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
            {themes.map((t) => (
              <option key={t} value={t}>
                {m.themes[t]}
              </option>
            ))}
          </select>
        </label>
      </div>
    </header>
  );
}
