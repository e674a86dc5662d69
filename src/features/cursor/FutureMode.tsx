import { useId } from 'react';
import { useTracker } from '../../store/tracker-store';

/** Dim or hide the events after the cursor. In the cursor bar, and in the phone's Filters sheet. */
export function FutureMode() {
  const future = useTracker((s) => s.future);
  const setFuture = useTracker((s) => s.setFuture);
  // a radio group is named per document: each copy of the fieldset needs its own name
  const name = useId();
  return (
    <fieldset className="future-mode">
      <legend>Later events</legend>
      <label>
        <input
          type="radio"
          name={name}
          checked={future === 'dim'}
          onChange={() => setFuture('dim')}
        />{' '}
        Dim
      </label>
      <label>
        <input
          type="radio"
          name={name}
          checked={future === 'hide'}
          onChange={() => setFuture('hide')}
        />{' '}
        Hide
      </label>
    </fieldset>
  );
}
