/// <reference lib="webworker" />
import { importFile } from '../../../shared/import';
import { ImportError } from '../../../shared/import/result';
import { webImportEnvironment } from './web-environment';
import { extractPdfText } from './web-pdf';
import { failureOf, type ParseEvent, type ParseRequest } from './worker-protocol';

const environment = { ...webImportEnvironment, extractPdfText };

/** Parses files off the UI thread, one at a time, reporting progress; cancel = terminate(). */
const post = (event: ParseEvent) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(event);

self.onmessage = async (e: MessageEvent<ParseRequest>) => {
  const { files } = e.data;
  for (const [index, file] of files.entries()) {
    post({ type: 'progress', index, total: files.length, fileName: file.name });
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
  }
  post({ type: 'done' });
};
