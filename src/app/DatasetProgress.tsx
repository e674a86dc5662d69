import { useEffect, useRef } from 'react';
import { useMessages } from '../i18n/context';
import { problems as enProblems } from '../i18n/en/problems';
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
  const t = useMessages('problems', enProblems);
  const { value, max } = progressValue(progress);
  return (
    <main className="page">
      <h1 className="failed-title">{t.siteName}</h1>
      <section className="load-progress" aria-labelledby="load-progress-text" aria-busy="true">
        <p id="load-progress-text">{progressText(progress, t)}</p>
        <progress aria-labelledby="load-progress-text" value={value} max={max} />
        {/* the numbers change many times a second; only the phase is announced */}
        <p className="visually-hidden" role="status">
          {phaseText(progress, t)}
        </p>
        <button type="button" className="button" onClick={onCancel}>
          {t.cancel}
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
  const t = useMessages('problems', enProblems);
  const heading = useRef<HTMLHeadingElement>(null);
  // the Cancel button that had focus is gone
  useEffect(() => heading.current?.focus(), []);
  return (
    <main className="page">
      <h1 className="failed-title">{t.siteName}</h1>
      <section className="load-progress" aria-labelledby="load-cancelled-title">
        <h2 id="load-cancelled-title" ref={heading} tabIndex={-1}>
          {t.cancelled}
        </h2>
        <p>
          {t.nothingShownBefore}
          <code>{source}</code>
          {t.nothingShownAfter}
        </p>
        <div className="load-actions">
          <button type="button" className="button primary" onClick={onUseBundled}>
            {t.useBundled}
          </button>
          <button type="button" className="button" onClick={onRetry}>
            {t.retry}
          </button>
        </div>
      </section>
    </main>
  );
}
