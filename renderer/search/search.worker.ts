/// <reference lib="webworker" />
import { createSearchEngine } from './engine';
import type { FromWorker, ToWorker } from './protocol';

/** The search index off the main thread: typing in the search box never waits for it. */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const engine = createSearchEngine((message: FromWorker) => scope.postMessage(message), {
  yieldNow: () => new Promise((resolve) => setTimeout(resolve, 0)),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as number),
});
scope.onmessage = (event: MessageEvent<ToWorker>) => void engine.handle(event.data);
