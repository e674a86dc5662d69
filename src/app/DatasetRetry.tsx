import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { LangContext, useMessages, type LangState } from '../i18n/context';
import { problems as enProblems } from '../i18n/en/problems';
import type { LoadResult } from '../model/load';
import type { Dataset } from '../model/schema';

type Loaded = Extract<LoadResult, { ok: true }>;
type Failed = Extract<LoadResult, { ok: false }>;

/**
 * The bundled dataset failed under a prerendered page: the page stays as it was built (it
 * is readable without its data), with a line above it saying what is missing and "Try
 * again". Resolves with the dataset once a try succeeds; the caller then hydrates the page.
 */
export function retryUntilLoaded(
  first: Failed,
  reload: () => Promise<LoadResult>,
  lang: LangState,
  before: HTMLElement,
): Promise<Dataset> {
  const host = document.createElement('div');
  before.before(host);
  const root = createRoot(host);
  return new Promise((resolve) => {
    const done = (loaded: Loaded) => {
      root.unmount();
      host.remove();
      resolve(loaded.dataset);
    };
    root.render(
      <LangContext.Provider value={lang}>
        <BundledFailed first={first} reload={reload} onLoaded={done} />
      </LangContext.Provider>,
    );
  });
}

function BundledFailed({
  first,
  reload,
  onLoaded,
}: {
  first: Failed;
  reload: () => Promise<LoadResult>;
  onLoaded: (loaded: Loaded) => void;
}) {
  const t = useMessages('problems', enProblems);
  const [failure, setFailure] = useState(first);
  const [busy, setBusy] = useState(false);
  const retry = async () => {
    setBusy(true);
    const result = await reload();
    setBusy(false);
    if (result.ok) onLoaded(result);
    else setFailure(result);
  };
  return (
    <div className="notices" role="alert">
      <p>{t.bundledFailed(failure.problems[0]?.message ?? failure.title)}</p>
      <button type="button" className="button small" disabled={busy} onClick={() => void retry()}>
        {t.retry}
      </button>
    </div>
  );
}
