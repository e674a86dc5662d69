import { useEffect, useRef } from 'react';
import type { LoadProgress } from '../model/load-custom';
import { phaseText, progressText, progressValue } from './load-text';

/** A ?data= dataset on its way: how far it has got, and a way out. */
export function DatasetProgress({
  progress,
  onCancel,
}: {
  progress: LoadProgress | null;
  onCancel: () => void;
}) {
  const { value, max } = progressValue(progress);
  return (
    <main className="page">
      <h1 className="failed-title">Japan–South Korea Dispute Tracker</h1>
      <section className="load-progress" aria-labelledby="load-progress-text" aria-busy="true">
        <p id="load-progress-text">{progressText(progress)}</p>
        <progress aria-labelledby="load-progress-text" value={value} max={max} />
        {/* the numbers change many times a second; only the phase is announced */}
        <p className="visually-hidden" role="status">
          {phaseText(progress)}
        </p>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </section>
    </main>
  );
}

/** After Cancel: nothing from the file is shown; the bundled dataset, or another try. */
export function DatasetCancelled({
  source,
  onUseBundled,
  onRetry,
}: {
  source: string;
  onUseBundled: () => void;
  onRetry: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  // the Cancel button that had focus is gone
  useEffect(() => heading.current?.focus(), []);
  return (
    <main className="page">
      <h1 className="failed-title">Japan–South Korea Dispute Tracker</h1>
      <section className="load-progress" aria-labelledby="load-cancelled-title">
        <h2 id="load-cancelled-title" ref={heading} tabIndex={-1}>
          Loading was cancelled
        </h2>
        <p>
          Nothing from <code>{source}</code> is shown.
        </p>
        <div className="load-actions">
          <button type="button" className="button primary" onClick={onUseBundled}>
            Use the bundled dataset instead
          </button>
          <button type="button" className="button" onClick={onRetry}>
            Try again
          </button>
        </div>
      </section>
    </main>
  );
}
