import { useMessages } from '../../i18n/context';
import { summary as enSummary } from '../../i18n/en/summary';
import { pageSections } from './sections';

/**
 * Links to the page's parts, so that on a phone the tracker and the checklist are one tap
 * from the top. Plain in-page links: they work in the prerendered page before any script,
 * and scroll-padding keeps the heading clear of the sticky bars.
 */
export function SectionBar() {
  const t = useMessages('summary', enSummary).sections;
  return (
    <nav className="section-bar" aria-label={t.label}>
      <ul>
        {pageSections.map((s) => (
          <li key={s.target}>
            <a href={`#${s.target}`}>{t[s.name]}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
