import type { ParseEvent, ParseRequest } from './worker-protocol';

export interface ParseJob {
  /** Resolves when every file is parsed (or failed); rejects with 'cancelled' after cancel(). */
  done: Promise<void>;
  cancel(): void;
}

/** Starts a parse worker for a batch; events arrive in file order. */
export function parseFiles(request: ParseRequest, onEvent: (event: ParseEvent) => void): ParseJob {
  const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
  let settle: { resolve: () => void; reject: (e: Error) => void };
  const done = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  worker.onmessage = (e: MessageEvent<ParseEvent>) => {
    onEvent(e.data);
    if (e.data.type === 'done') {
      worker.terminate();
      settle.resolve();
    }
  };
  worker.onerror = (e) => {
    worker.terminate();
    settle.reject(new Error(e.message || 'The import worker stopped unexpectedly.'));
  };
  worker.postMessage(request);
  return {
    done,
    cancel: () => {
      worker.terminate();
      settle.reject(new Error('cancelled'));
    },
  };
}
