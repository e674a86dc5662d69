/**
 * The two ways between datasets that the boot code offers: loading a `?data=` dataset in a
 * worker, with its progress and a Cancel button, and going back to the bundled dataset. The
 * page is drawn through `draw`, the boot code's, so that this module holds no state.
 */
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import type { Root as ReactRoot } from 'react-dom/client';
import { loadBundledDataset } from '../model/load';
import type { LoadProgress } from '../model/load-custom';
import type { CustomLoad } from '../model/load-worker-client';
import { dataStateOf } from '../store/dataset-context';
import { languageStore as language } from '../store/language-store';

export interface Drawing {
  /** draws the app, or `screen` in its place */
  draw: (root: ReactRoot, screen?: ReactNode) => void;
  baseUrl: string;
}

/**
 * Loads ?data= in a worker (fetch, parse and checks off this thread), showing how far it
 * has got with a Cancel button; cancelled, it offers the bundled dataset or another try.
 * `started`: the load main.tsx began while the app's code was on its way, if any.
 */
export async function showCustom(
  page: Drawing,
  root: ReactRoot,
  source: string,
  started: Promise<CustomLoad> | null = null,
) {
  const [{ loadInWorker }, { DatasetProgress, DatasetCancelled }] = await Promise.all([
    import('../model/load-worker-client'),
    import('./DatasetProgress'),
  ]);
  let cancel = () => {};
  const progress = (p: LoadProgress | null) => (
    <DatasetProgress progress={p} onCancel={() => cancel()} />
  );
  // drawn at once and shown: the prerendered page stays hidden until then (js-pending)
  flushSync(() => page.draw(root, progress(null)));
  document.documentElement.classList.remove('js-pending');
  const load = await (started ?? loadInWorker(source, window.location.href));
  cancel = load.cancel;
  load.follow((p) => page.draw(root, progress(p)));
  const result = await load.result;
  if (result) {
    language.getState().setData(dataStateOf(result, true));
    page.draw(root);
  } else
    page.draw(
      root,
      <DatasetCancelled
        source={source}
        onUseBundled={() => void switchToBundled(page, root)}
        onRetry={() => void showCustom(page, root, source)}
      />,
    );
}

/** Drops ?data= and shows the bundled dataset, keeping every other choice in the URL. */
export async function switchToBundled(page: Drawing, root: ReactRoot | null) {
  const next = new URLSearchParams(window.location.search);
  next.delete('data');
  // the whole same-origin address, never one built from the path: on a host that serves the
  // page for any path, `//evil.example/` would otherwise read as another site
  const address = new URL(window.location.href);
  address.search = next.toString();
  address.hash = '';
  window.history.replaceState(null, '', address.href);
  language.getState().setData({ phase: 'loading' });
  if (root) page.draw(root);
  const [loaded] = await Promise.all([
    loadBundledDataset(page.baseUrl),
    language.getState().open(language.getState().lang, true),
  ]);
  language.getState().setData(dataStateOf(loaded, false));
}
