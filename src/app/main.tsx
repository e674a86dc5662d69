import { StrictMode, startTransition, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { derivationsOf } from '../derive/derivations';
import { isDefaultQuery } from '../derive/url-state';
import { loadBundledDataset, type LoadResult } from '../model/load';
import type { LoadProgress } from '../model/load-custom';
import type { DataState } from '../store/dataset-context';
import { useTracker } from '../store/tracker-store';
import { startUrlSync } from '../store/url-sync';
import { App } from './App';
import { applyTheme } from './theme';
import './app.css';

const container = document.getElementById('root')!;
const params = new URLSearchParams(window.location.search);
const embed = params.get('embed') !== null && params.get('embed') !== '0';
const dataParam = params.get('data');
const baseUrl = import.meta.env.BASE_URL;
let root: Root | null = null;
let stopSync: (() => void) | null = null;

function element(data: DataState) {
  return (
    <StrictMode>
      <App data={data} embed={embed} onUseBundled={() => void switchToBundled()} />
    </StrictMode>
  );
}

function toState(result: LoadResult, custom: boolean): DataState {
  return result.ok
    ? { phase: 'ready', dataset: result.dataset, custom }
    : {
        phase: 'failed',
        title: result.title,
        problems: result.problems,
        ...(result.summary && { summary: result.summary }),
      };
}

/** Builds the search index while the page is idle, so the first keystroke in a large dataset does not stall. */
function warmSearch(data: DataState) {
  if (data.phase !== 'ready') return;
  const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 300));
  idle(() => derivationsOf(data.dataset).index.search());
}

function show(data: DataState) {
  if (data.phase === 'ready') {
    stopSync?.();
    stopSync = startUrlSync(data.dataset);
    warmSearch(data);
  }
  root ??= createRoot(container);
  root.render(element(data));
}

function render(node: ReactNode) {
  root ??= createRoot(container);
  root.render(<StrictMode>{node}</StrictMode>);
}

/**
 * Loads ?data= in a worker (fetch, parse and checks off this thread), showing how far it
 * has got with a Cancel button; cancelled, it offers the bundled dataset or another try.
 */
async function showCustom(source: string) {
  const [{ loadInWorker }, { DatasetProgress, DatasetCancelled }] = await Promise.all([
    import('../model/load-worker-client'),
    import('./DatasetProgress'),
  ]);
  let cancel = () => {};
  const progress = (p: LoadProgress | null) => (
    <DatasetProgress progress={p} onCancel={() => cancel()} />
  );
  // drawn at once and shown: the prerendered page stays hidden until then (js-pending)
  flushSync(() => render(progress(null)));
  document.documentElement.classList.remove('js-pending');
  const load = loadInWorker(source, window.location.href, (p) => render(progress(p)));
  cancel = load.cancel;
  const result = await load.result;
  // as a transition, the first render of a large dataset yields between components
  if (result) startTransition(() => show(toState(result, true)));
  else
    render(
      <DatasetCancelled
        source={source}
        onUseBundled={() => void switchToBundled()}
        onRetry={() => void showCustom(source)}
      />,
    );
}

/** Drops ?data= and shows the bundled dataset, keeping every other choice in the URL. */
async function switchToBundled() {
  const next = new URLSearchParams(window.location.search);
  next.delete('data');
  const search = next.toString();
  window.history.replaceState(null, '', `${window.location.pathname}${search ? `?${search}` : ''}`);
  show({ phase: 'loading' });
  show(toState(await loadBundledDataset(baseUrl), false));
}

async function start() {
  // The build prerenders the default view; hydrate it when this URL asks for exactly that view.
  const prerendered = container.dataset.prerendered === 'default';
  if (prerendered && !embed && dataParam === null && isDefaultQuery(window.location.search)) {
    const data = toState(await loadBundledDataset(baseUrl), false);
    // as a transition, hydration yields to the browser every few milliseconds instead of
    // blocking the main thread for the whole page
    startTransition(() => {
      root = hydrateRoot(container, element(data));
    });
    if (data.phase === 'ready') stopSync = startUrlSync(data.dataset);
    warmSearch(data);
  } else {
    if (embed) document.documentElement.classList.add('embed-mode');
    show({ phase: 'loading' });
    if (dataParam === null) show(toState(await loadBundledDataset(baseUrl), false));
    else await showCustom(dataParam);
  }
  document.documentElement.classList.remove('js-pending');
  applyTheme(useTracker.getState().theme);
  useTracker.subscribe((s, prev) => {
    if (s.theme !== prev.theme) applyTheme(s.theme);
  });
}

void start();
