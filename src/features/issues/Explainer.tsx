import type { Issue } from '../../model/schema';
import { SafeLink } from '../common/SafeLink';
import { formatShortDate } from '../../derive/dates';

/** The plain-language explainer, with Tokyo's and Seoul's positions side by side. */
export function Explainer({ issue }: { issue: Issue }) {
  return (
    <div className="explainer">
      <p>{issue.explainer}</p>
      <div className="positions">
        {(['japan', 'korea'] as const).map((side) => {
          const p = issue.positions[side];
          return (
            <figure key={side} className={`position ${side}`}>
              <figcaption>{side === 'japan' ? 'Tokyo’s position' : 'Seoul’s position'}</figcaption>
              {p ? (
                <>
                  <p className="statement">{p.statement}</p>
                  <p className="muted">
                    Source:{' '}
                    <SafeLink
                      href={p.source.url}
                    >{`${p.source.publisher}, “${p.source.title}”`}</SafeLink>
                    , {formatShortDate(p.source.published)}
                  </p>
                </>
              ) : (
                <p className="muted">No sourced statement in the data.</p>
              )}
            </figure>
          );
        })}
      </div>
    </div>
  );
}
