import type { Problem } from '../model/problems';

const SHOWN = 50;

/** A dataset that failed to load: every problem with its path, and a way back to the bundled data. */
export function ProblemPanel({
  title,
  problems,
  onUseBundled,
}: {
  title: string;
  problems: Problem[];
  onUseBundled: () => void;
}) {
  return (
    <section className="problem-panel" role="alert" aria-labelledby="problem-title">
      <h2 id="problem-title">{title}</h2>
      <p>
        {problems.length === 1 ? 'One problem was found' : `${problems.length} problems were found`}
        . Nothing from this file is shown.
      </p>
      <ul className="problems">
        {problems.slice(0, SHOWN).map((p, i) => (
          <li key={i}>
            <code>{p.path}</code>: {p.message}
          </li>
        ))}
      </ul>
      {problems.length > SHOWN && <p>…and {problems.length - SHOWN} more.</p>}
      <button type="button" className="button primary" onClick={onUseBundled}>
        Use the bundled dataset instead
      </button>
    </section>
  );
}
