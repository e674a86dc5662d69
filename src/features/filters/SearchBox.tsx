import { useId } from 'react';
import { useTracker } from '../../store/tracker-store';
import { filters as enFilters } from '../../i18n/en/filters';
import { useMessages } from '../../i18n/context';
import { useLanguage } from '../../store/language-store';

export function SearchBox() {
  const t = useMessages('filters', enFilters).filters;
  // Japanese and Korean words find events in any language: the translations load when a
  // reader starts to search (the store loads each one once)
  const wantSearchTexts = useLanguage((s) => s.wantSearchTexts);
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
        onFocus={() => void wantSearchTexts()}
        onChange={(e) => {
          void wantSearchTexts();
          setQuery(e.target.value);
        }}
      />
    </div>
  );
}
