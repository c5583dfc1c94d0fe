import { superviseParse, type ParseJob, type SupervisorOptions } from './parse-supervisor';
import type { ParseEvent, ParseFile, ParseReply } from './worker-protocol';

export type { ParseJob } from './parse-supervisor';

/** Parses a batch in the import worker, restarting it after a file that hangs or kills it. */
export function parseFiles(
  files: readonly ParseFile[],
  onEvent: (event: ParseEvent) => void,
  options: Omit<SupervisorOptions, 'createWorker'> = {},
): ParseJob {
  return superviseParse(files, onEvent, {
    ...options,
    createWorker: (listener) => {
      const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<ParseReply>) => listener.reply(event.data);
      worker.onerror = (event) => {
        // The supervisor handles it; the page should not also report an uncaught error.
        event.preventDefault();
        console.warn('Import worker error:', event.message);
        listener.crashed();
      };
      worker.onmessageerror = () => listener.crashed();
      return worker;
    },
  });
}
