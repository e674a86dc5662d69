/**
 * The entry. Evaluating all of the app's code at once was the longest task of the start
 * (60–90 ms on the reference machine, 2-core EPYC). Here React DOM is evaluated in one task,
 * the app's modules (boot.tsx and what it imports) in the next, and the start in a third,
 * with the browser free to paint and answer input between them. The loader in index.html
 * requests both imported chunks, and what they import, with the entry
 * (scripts/prerender.mjs, stagedChunks).
 */
import './app.css';
import { nextTask } from '../model/next-task';

async function main() {
  await import('react-dom/client');
  await nextTask();
  const { start } = await import('./boot');
  await nextTask();
  await start();
}

void main();
