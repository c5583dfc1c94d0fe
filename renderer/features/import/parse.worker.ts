/// <reference lib="webworker" />
import { importFile } from '../../../shared/import';
import { ImportError } from '../../../shared/import/result';
import { webImportEnvironment } from './web-environment';
import { extractPdfText } from './web-pdf';
import { failureOf, type ParseReply, type ParseRequest } from './worker-protocol';

const environment = { ...webImportEnvironment, extractPdfText };

/**
 * Parses one file per request off the UI thread. The supervisor (parse-supervisor.ts) sends the
 * next file after each answer, and terminates this worker when it hangs or dies.
 */
const post = (event: ParseReply) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(event);

self.onmessage = async (e: MessageEvent<ParseRequest>) => {
  const { index, file } = e.data;
  try {
    const result = await importFile({ fileName: file.name, bytes: file.bytes, options: file.options }, environment);
    post({ type: 'parsed', index, result });
  } catch (error) {
    const failure =
      error instanceof ImportError
        ? failureOf(error)
        : {
            reason: 'internal' as const,
            code: 'internal' as const,
            params: {},
            message: String((error as Error)?.message ?? error),
            line: null,
            hint: '',
          };
    post({ type: 'failed', index, fileName: file.name, failure });
  }
};
