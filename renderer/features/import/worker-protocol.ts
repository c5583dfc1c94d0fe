import type { ImportOptions } from '../../../shared/import';
import type { ImportError, ImportErrorCode, ImportErrorReason } from '../../../shared/import/result';
import type { ImportFileResult } from '../../../shared/import';

/** One file for the parse worker. */
export interface ParseFile {
  name: string;
  bytes: Uint8Array;
  options?: ImportOptions;
}

/**
 * Messages between the import screen and the parse worker. The worker gets ONE file per request,
 * so the supervisor always knows which file a worker that hangs or dies was reading.
 */
export interface ParseRequest {
  index: number;
  file: ParseFile;
}

/** The parse worker stopped or ran out of time on a file (see parse-supervisor.ts). */
export type WorkerFailureCode = 'worker-crashed' | 'worker-timeout';

/**
 * Why a file could not be read, as the import screen translates it: `code` and `params` pick and
 * fill `import.error.<code>`; `reason` is the fallback. `message` is the English wording, kept for
 * logs and never shown in the UI.
 */
export interface FileFailure {
  reason: ImportErrorReason | 'internal';
  /** A WorkerFailureCode when the worker, not the parser, failed (`params`: `file`, `seconds`). */
  code: ImportErrorCode | WorkerFailureCode | 'internal';
  params: Record<string, string | number>;
  message: string;
  line: number | null;
  hint: string;
}

/** An ImportError as plain data that survives postMessage (an Error's own fields do not all). */
export function failureOf(error: ImportError): FileFailure {
  return {
    reason: error.reason,
    code: error.code,
    params: error.params,
    message: error.message,
    line: error.line,
    hint: error.hint,
  };
}

export type ParseEvent =
  | { type: 'progress'; index: number; total: number; fileName: string }
  | { type: 'parsed'; index: number; result: ImportFileResult }
  | { type: 'failed'; index: number; fileName: string; failure: FileFailure }
  | { type: 'done' };

/** What the worker answers to one request. */
export type ParseReply = Extract<ParseEvent, { type: 'parsed' | 'failed' }>;
