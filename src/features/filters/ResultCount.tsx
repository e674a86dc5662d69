import { useEffect, useState } from 'react';
import type { FutureMode } from '../../derive/event-status';
import { core as enCore } from '../../i18n/en/core';
import { filters as enFilters } from '../../i18n/en/filters';
import { useMessages } from '../../i18n/context';
import { useLanguage } from '../../store/language-store';

/** "N of M events", and a polite live region that announces it after each change (debounced). */
export function ResultCount({
  matching,
  total,
  later,
  future,
  asOf,
  searching,
}: {
  matching: number;
  total: number;
  later: number;
  future: FutureMode;
  asOf: string;
  /** a query is set */
  searching: boolean;
}) {
  const t = useMessages('filters', enFilters).filters;
  const { format } = useMessages('core', enCore);
  // the count is not final until every language's texts can be searched
  const loading = useLanguage((s) => s.searchTexts === 'loading') && searching;
  const text = t.count(matching, total);
  const detail =
    (later > 0 ? t.later(later, format.shortDate(asOf), future === 'hide') : '') +
    (loading ? t.searchLoading : '');
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(`${text}${detail}`), 500);
    return () => clearTimeout(timer);
  }, [text, detail]);
  return (
    <>
      <p className="result-count">
        <strong>{text}</strong>
        {detail}
      </p>
      <div className="visually-hidden" role="status" aria-live="polite">
        {announced}
      </div>
    </>
  );
}
