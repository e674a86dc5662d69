import { useDataset } from '../../store/hooks';
import { useTracker } from '../../store/tracker-store';
import { issueColorVar } from '../common/labels';
import { filters as enFilters } from '../../i18n/en/filters';
import { useMessages } from '../../i18n/context';

/**
 * One toggle per issue, with the number of events it would show. `open`: the issues to offer
 * (those open on the cursor date, when later events are hidden); a chosen issue stays.
 */
export function IssueToggles({
  counts,
  open = null,
}: {
  counts: Map<string, number>;
  open?: ReadonlySet<string> | null;
}) {
  const t = useMessages('filters', enFilters).filters;
  const dataset = useDataset();
  const selected = useTracker((s) => s.filters.issues);
  const toggleIssue = useTracker((s) => s.toggleIssue);
  return (
    <fieldset className="issue-toggles">
      <legend>{t.issues}</legend>
      <ul>
        {dataset.issues.map((issue, i) => {
          const pressed = selected.includes(issue.id);
          if (open && !open.has(issue.id) && !pressed) return null;
          const count = counts.get(issue.id) ?? 0;
          return (
            <li key={issue.id}>
              <button
                type="button"
                className="chip"
                aria-pressed={pressed}
                onClick={() => toggleIssue(issue.id)}
                style={{ ['--chip-color' as string]: issueColorVar(i) }}
              >
                <span className="chip-swatch" aria-hidden="true" />
                {t.issue(issue.name, count)}
              </button>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
