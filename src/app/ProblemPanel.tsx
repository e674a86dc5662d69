import { useEffect, useRef } from 'react';
import type { Problem } from '../model/problems';
import { summarizeProblems, type ProblemSummary } from '../model/problem-summary';
import { count, groupCountText } from './load-text';

/** Kinds of problem listed; the rest are counted in one line. */
const SHOWN_GROUPS = 30;

/**
 * A dataset that failed to load: how many problems of each kind (path pattern and message)
 * and the first few hundred one by one with their paths, and a way back to the bundled data.
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
        {title}
      </h2>
      <p>
        {total === 1 ? 'One problem was found' : `${count(total)} problems were found`}. Nothing
        from this file is shown.
      </p>
      {byKind && (
        <>
          <h3 id="problem-kinds">Problems by kind</h3>
          <ul className="problems problem-kinds" aria-labelledby="problem-kinds">
            {groups.slice(0, SHOWN_GROUPS).map((g) => {
              const times = groupCountText(g);
              return (
                <li key={`${g.pattern}\n${g.message}`}>
                  <code>{g.pattern}</code>: {g.message}
                  {times && ` — ${times}`}
                </li>
              );
            })}
          </ul>
          {hidden > 0 && <p>…and {count(hidden)} problems of other kinds.</p>}
          <h3 id="problem-list">
            {problems.length < total ? `The first ${count(problems.length)}` : 'Each problem'}
          </h3>
        </>
      )}
      <ul className="problems" aria-labelledby={byKind ? 'problem-list' : undefined}>
        {problems.map((p, i) => (
          <li key={i}>
            <code>{p.path}</code>: {p.message}
          </li>
        ))}
      </ul>
      {total > problems.length && <p>…and {count(total - problems.length)} more.</p>}
      <button type="button" className="button primary" onClick={onUseBundled}>
        Use the bundled dataset instead
      </button>
    </section>
  );
}
