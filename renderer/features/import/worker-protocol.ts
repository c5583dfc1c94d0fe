import type { ImportOptions } from '../../../shared/import';
import type { ImportErrorReason } from '../../../shared/import/result';
import type { ImportFileResult } from '../../../shared/import';

/** Messages between the import screen and the parse worker. */
export interface ParseRequest {
  files: { name: string; bytes: Uint8Array; options?: ImportOptions }[];
}

export interface FileFailure {
  reason: ImportErrorReason | 'internal';
  message: string;
  line: number | null;
  hint: string;
}

export type ParseEvent =
  | { type: 'progress'; index: number; total: number; fileName: string }
  | { type: 'parsed'; index: number; result: ImportFileResult }
  | { type: 'failed'; index: number; fileName: string; failure: FileFailure }
  | { type: 'done' };
