import { useShallow } from 'zustand/react/shallow';
import { comparisonText } from '../../derive/compare';
import { currentPermalinkBase, permalink } from '../common/permalink';
import { useLang } from '../../i18n/context';
import { useTracker, viewStateOf } from '../../store/tracker-store';
import { CompareIssues } from './CompareIssues';
import { CompareBarometer, CompareConditions, CompareIndicators } from './CompareTables';
import { CopyText } from './CopyText';
import { useCompareMessages, useComparison } from './use-compare';

/**
 * ?compare=A..B: two dates side by side, in words. The tables are the comparison; the
 * plain text is the same, with the permalink, for a memo.
 */
export default function ComparePanel() {
  const m = useCompareMessages();
  const { comparison: c, indicatorsFailed } = useComparison();
  const view = useTracker(useShallow(viewStateOf));
  const setCompare = useTracker((s) => s.setCompare);
  const { lang } = useLang();
  if (!c) return null;
  const from = m.core.format.date(c.range.from, 'day');
  const to = m.core.format.date(c.range.to, 'day');
  const link = permalink(currentPermalinkBase(), view, window.location.search, lang);
  return (
    <section className="compare" id="compare" aria-labelledby="compare-heading">
      <div className="compare-top">
        <h2 id="compare-heading">{m.t.heading(from, to)}</h2>
        <button type="button" className="button" onClick={() => setCompare(null)}>
          {m.t.close}
        </button>
      </div>
      <CompareIssues rows={c.issues} from={from} to={to} m={m} />
      <CompareConditions c={c} from={from} to={to} m={m} />
      {indicatorsFailed && (
        <p className="notice" role="alert">
          {m.t.indicatorsMissing(indicatorsFailed)}
        </p>
      )}
      <CompareIndicators c={c} from={from} to={to} m={m} />
      <CompareBarometer c={c} from={from} to={to} m={m} />
      <CopyText text={comparisonText(c, m.words, link)} m={m} />
    </section>
  );
}
