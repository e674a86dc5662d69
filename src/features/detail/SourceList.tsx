import type { Source } from '../../model/schema';
import { formatShortDate } from '../../derive/dates';
import { SafeLink } from '../common/SafeLink';

export function SourceList({ sources }: { sources: Source[] }) {
  return (
    <ul className="sources">
      {sources.map((s, i) => (
        <li key={i}>
          <SafeLink href={s.url}>
            {s.publisher}: {s.title}
          </SafeLink>{' '}
          <span className="muted">
            ({formatShortDate(s.published)}
            {s.kind === 'primary' ? ', primary source' : ''})
          </span>
        </li>
      ))}
    </ul>
  );
}
