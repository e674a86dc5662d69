/**
 * The dataset worker: fetches, parses and checks a ?data= file off the page's thread.
 * A shell only; what it does is in ./load-worker.ts, where it can be tested.
 */
import { answerLoadRequest, isLoadRequest, type WorkerMessage } from './load-worker';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage: (message: WorkerMessage) => void;
};

scope.onmessage = (event) => {
  if (!isLoadRequest(event.data)) return;
  void answerLoadRequest(event.data, (message) => scope.postMessage(message), {
    fetch: (input, init) => fetch(input, init),
    now: () => performance.now(),
  });
};
