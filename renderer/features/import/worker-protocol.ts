import type { ImportOptions } from '../../../shared/import';
import type { ImportErrorReason } from '../../../shared/import/result';
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

export interface FileFailure {
  reason: ImportErrorReason | 'internal';
  message: string;
  line: number | null;
  hint: string;
  /** Set when the worker, not the parser, failed; `params` fill the translation (`file`, `seconds`). */
  code?: WorkerFailureCode;
  params?: Record<string, string | number>;
}

export type ParseEvent =
  | { type: 'progress'; index: number; total: number; fileName: string }
  | { type: 'parsed'; index: number; result: ImportFileResult }
  | { type: 'failed'; index: number; fileName: string; failure: FileFailure }
  | { type: 'done' };

/** What the worker answers to one request. */
export type ParseReply = Extract<ParseEvent, { type: 'parsed' | 'failed' }>;
