import { useEffect, useState } from 'react';
import { formatShortDate } from '../../derive/dates';
import type { FutureMode } from '../../derive/event-status';

/** "N of M events", and a polite live region that announces it after each change (debounced). */
export function ResultCount({
  matching,
  total,
  later,
  future,
  asOf,
}: {
  matching: number;
  total: number;
  later: number;
  future: FutureMode;
  asOf: string;
}) {
  const text = `${matching} of ${total} events`;
  const detail =
    later > 0
      ? ` · ${later} after ${formatShortDate(asOf)} ${future === 'hide' ? 'hidden' : 'dimmed'}`
      : '';
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
