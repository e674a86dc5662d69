import { useEffect, useRef } from 'react';
import { useLang, useMessages } from '../i18n/context';
import { problems as enProblems } from '../i18n/en/problems';
import { BUNDLED_FAILED } from '../model/load';
import type { Problem } from '../model/problems';
import { summarizeProblems, type ProblemSummary } from '../model/problem-summary';
import { groupCountText } from './load-text';

/** Kinds of problem listed; the rest are counted in one line. */
const SHOWN_GROUPS = 30;

/**
 * A dataset that failed to load: how many problems of each kind (path pattern and message)
 * and the first few hundred one by one with their paths, and a way back to the bundled data
 * (or, when the bundled data failed, another try at it).
 * `summary` counts every problem of a large file; without it, `problems` are all there are.
 */
export function ProblemPanel({
  title,
  problems,
  summary,
  onUseBundled,
}: {
  title: string;
  problems: Problem[];
  summary?: ProblemSummary | undefined;
  onUseBundled: () => void;
}) {
  const t = useMessages('problems', enProblems);
  // the problems' own messages come from the checks, in English
  const messageLang = useLang().lang === 'en' ? undefined : 'en';
  const { total, groups, ungrouped } = summary ?? summarizeProblems(problems);
  const heading = useRef<HTMLHeadingElement>(null);
  // the loading screen that had focus is gone: start a keyboard or screen reader user here
  useEffect(() => {
    if (document.activeElement === document.body) heading.current?.focus();
  }, []);
  const byKind = groups.some((g) => g.count > 1);
  const hidden = groups.slice(SHOWN_GROUPS).reduce((n, g) => n + g.count, ungrouped);
  return (
    <section className="problem-panel" role="alert" aria-labelledby="problem-title">
      <h2 id="problem-title" ref={heading} tabIndex={-1}>
        {t.titles[title] ?? title}
      </h2>
      <p>{t.found(total)}</p>
      {byKind && (
        <>
          <h3 id="problem-kinds">{t.byKind}</h3>
          <ul className="problems problem-kinds" aria-labelledby="problem-kinds">
            {groups.slice(0, SHOWN_GROUPS).map((g) => {
              const times = groupCountText(g, t);
              return (
                <li key={`${g.pattern}\n${g.message}`}>
                  <code>{g.pattern}</code>: <span lang={messageLang}>{g.message}</span>
                  {times && ` — ${times}`}
                </li>
              );
            })}
          </ul>
          {hidden > 0 && <p>{t.otherKinds(hidden)}</p>}
          <h3 id="problem-list">
            {problems.length < total ? t.firstOnes(problems.length) : t.eachOne}
          </h3>
        </>
      )}
      <ul className="problems" aria-labelledby={byKind ? 'problem-list' : undefined}>
        {problems.map((p, i) => (
          <li key={i}>
            <code>{p.path}</code>: <span lang={messageLang}>{p.message}</span>
          </li>
        ))}
      </ul>
      {total > problems.length && <p>{t.more(total - problems.length)}</p>}
      {/* when the bundled file is what failed, offering it again would be no way out: try again */}
      <button type="button" className="button primary" onClick={onUseBundled}>
        {title === BUNDLED_FAILED ? t.retry : t.useBundled}
      </button>
    </section>
  );
}
