import { formatShortDate } from '../../derive/dates';
import type { Correction } from '../../model/schema';

/** What was corrected in an event after it was published, and when. */
export function Corrections({ corrections }: { corrections: readonly Correction[] | undefined }) {
  if (!corrections?.length) return null;
  return (
    <ul className="corrections" aria-label="Corrections">
      {corrections.map((c, i) => (
        <li key={i}>
          <strong>
            Corrected on <time dateTime={c.date}>{formatShortDate(c.date)}</time>:
          </strong>{' '}
          {c.what}
        </li>
      ))}
    </ul>
  );
}
