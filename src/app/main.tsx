/**
 * The entry. Evaluating all of the app's code at once was the longest task of the start
 * (60–90 ms on the reference machine, 2-core EPYC): React DOM, then the app's modules, then
 * the boot code each run in a task of their own here, with the browser free to paint and
 * answer input between them. The loader in index.html requests all three chunks at once.
 */
import './app.css';

/** a new task: what is queued (a paint, input) runs first */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function main() {
  await import('react-dom/client');
  await nextTask();
  const { start } = await import('./boot');
  await nextTask();
  await start();
}

void main();
