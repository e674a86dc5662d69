/**
 * The entry. Evaluating all of the app's code at once was the longest task of the start
 * (60–90 ms on the reference machine, 2-core EPYC). Here React DOM is evaluated in one task,
 * the app's modules (boot.tsx and what it imports) in the next, and the start in a third,
 * with the browser free to paint and answer input between them. The loader in index.html
 * requests both imported chunks, and what they import, with the entry
 * (scripts/prerender.mjs, stagedChunks).
 *
 * A `?data=` file is not waited for: its worker starts first, fetching and checking the file
 * while React and the app's code load (app/custom-dataset.tsx shows its progress).
 */
import './app.css';
import { nextTask } from '../model/next-task';

async function main() {
  const source = new URLSearchParams(window.location.search).get('data');
  const early =
    source === null
      ? null
      : import('../model/load-worker-client').then(({ loadInWorker }) =>
          loadInWorker(source, window.location.href),
        );
  await import('react-dom/client');
  await nextTask();
  const { start } = await import('./boot');
  await nextTask();
  await start(early);
}

void main();
