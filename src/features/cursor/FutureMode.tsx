import { useId } from 'react';
import { useTracker } from '../../store/tracker-store';
import { filters as enFilters } from '../../i18n/en/filters';
import { useMessages } from '../../i18n/context';

/**
 * Hide the events after the cursor (the default: the page as it stood that day) or show them
 * dimmed. In the cursor bar, and in the phone's Filters sheet.
 */
export function FutureMode() {
  const t = useMessages('filters', enFilters).cursor;
  const future = useTracker((s) => s.future);
  const setFuture = useTracker((s) => s.setFuture);
  // a radio group is named per document: each copy of the fieldset needs its own name
  const name = useId();
  return (
    <fieldset className="future-mode">
      <legend>{t.laterEvents}</legend>
      <label>
        <input
          type="radio"
          name={name}
          checked={future === 'hide'}
          onChange={() => setFuture('hide')}
        />{' '}
        {t.hide}
      </label>
      <label>
        <input
          type="radio"
          name={name}
          checked={future === 'dim'}
          onChange={() => setFuture('dim')}
        />{' '}
        {t.dim}
      </label>
    </fieldset>
  );
}
