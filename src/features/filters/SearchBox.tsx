import { useId } from 'react';
import { useTracker } from '../../store/tracker-store';
import { filters as enFilters } from '../../i18n/en/filters';
import { useLang, useMessages } from '../../i18n/context';

export function SearchBox() {
  const t = useMessages('filters', enFilters).filters;
  // Japanese and Korean words find events in any language: the translations load when a
  // reader starts to search (the app loads each one once)
  const { wantAllTranslations } = useLang();
  const query = useTracker((s) => s.filters.query);
  const setQuery = useTracker((s) => s.setQuery);
  const id = useId();
  return (
    <div className="search" role="search">
      <label htmlFor={id}>{t.search}</label>
      <input
        id={id}
        type="search"
        value={query}
        placeholder={t.searchPlaceholder}
        maxLength={200}
        onFocus={wantAllTranslations}
        onChange={(e) => {
          wantAllTranslations();
          setQuery(e.target.value);
        }}
      />
    </div>
  );
}
