import type { ReplyDelay, SourceKind, SpeakerRole, TextSpan } from '../model';

/**
 * What every parser returns. Offsets are UTF-16 code units into the source's own normalised text
 * (LF line endings), end exclusive: `source.text.slice(m.start, m.end)` is the message body.
 */
export interface ImportedMessage {
  speaker: string;
  role: SpeakerRole;
  delay: ReplyDelay | null;
  /**
   * ISO 8601 for absolute times, "hh:mm:ss" media time for transcripts, "hh:mm:ss.mmm" for
   * subtitle cues, null if none.
   */
  timestamp: string | null;
  /** When the message ends in the recording, "hh:mm:ss.mmm": subtitle cues only, else null. */
  timestampEnd: string | null;
  start: number;
  end: number;
  /** 1-based line in the decoded file where the message starts (for reports and previews). */
  line: number;
}

/** The preamble's place in the source text and its first line in the file (for the report). */
export interface ImportedPreamble extends TextSpan {
  line: number;
}

export interface ImportedSource {
  title: string;
  kind: SourceKind;
  text: string;
  messages: ImportedMessage[];
  /**
   * Header lines before the first speaker (title, date, place) as offsets into `text`: shown
   * above the turns, not a message and not coded. null when the text starts with a turn.
   */
  preamble: ImportedPreamble | null;
  /** Case attributes found in the file (e.g. CSV columns), by attribute name. */
  attributes: Record<string, string>;
}

/**
 * Machine-readable warning codes so the UI can translate; `message` is the English wording (the
 * CLI prints it). Every code needs a translation in nb, nn and en (`import.warning.<code>`); a
 * unit test walks this list.
 */
export const importWarningCodes = [
  'unknown-speaker-label',
  'unknown-delay-phrase',
  'empty-message',
  'text-before-first-speaker',
  'no-speakers-found',
  'timestamp-unreadable',
  'column-missing',
  'encoding-guessed',
  'pdf-no-text',
  'xlsx-other-sheets',
  'docx-message',
  'cue-unreadable',
  /** UTF-8 with broken byte sequences, shown as U+FFFD; params: lines (first few), count. */
  'invalid-utf8',
  /** Header lines before a transcript's first speaker (title, date, place). */
  'preamble',
  /** NUL characters removed from the text; params: lines (first few), count. */
  'nul-removed',
] as const;

export type ImportWarningCode = (typeof importWarningCodes)[number];

export interface ImportWarning {
  code: ImportWarningCode;
  /** 1-based line in the decoded file, null when it concerns the whole file. */
  line: number | null;
  message: string;
  /** Values for the translated message, e.g. { label: 'Saksbehandlar' }. */
  params: Record<string, string | number>;
}

export interface ImportResult {
  format: string;
  sources: ImportedSource[];
  warnings: ImportWarning[];
}

export type ImportErrorReason =
  | 'empty-file'
  | 'binary-file'
  | 'unreadable-encoding'
  | 'unsupported-format'
  | 'malformed'
  | 'scanned-pdf'
  | 'protected-file'
  | 'too-large';

/**
 * What exactly went wrong, one code per kind of failure, each with its own translation
 * (`import.error.<code>`: what went wrong and what to do; the UI adds the file and line). The
 * coarse reasons are codes too, since `code` defaults to the reason. A unit test walks this list.
 */
export const importErrorCodes = [
  // The coarse reasons, used when no finer code is given.
  'empty-file',
  'binary-file',
  'unreadable-encoding',
  'unsupported-format',
  'malformed',
  'scanned-pdf',
  'protected-file',
  'too-large',
  // Size and kind of file (params: file; sizeMb, limitMb; format).
  'file-too-large',
  'binary-image',
  'binary-archive',
  'binary-program',
  'binary-pdf',
  'zip-not-document',
  'office-legacy',
  'rtf-document',
  // Text encodings (params: file, encoding).
  'encoding-unsupported',
  'encoding-utf16-odd',
  'encoding-undecodable',
  // Word, Excel and their zip containers (params: file; limitMb; sheet; part).
  'docx-damaged',
  'xlsx-damaged',
  'xlsx-sheet-missing',
  'xlsx-no-rows',
  'zip-too-large',
  'zip-ratio',
  'zip-entries',
  'zip-entry-name',
  'xml-doctype',
  'zip-damaged',
  'zip-size-mismatch',
  // PDF (params: file; count = pages).
  'pdf-unavailable',
  'pdf-protected',
  'pdf-damaged',
  'pdf-scanned',
  // Subtitles and tables (params: file; headers, field, column).
  'vtt-header-missing',
  'subtitles-no-cues',
  'csv-quotes',
  'table-no-rows',
  'table-speaker-column-missing',
  'table-text-column-missing',
  'table-column-not-found',
] as const;

export type ImportErrorCode = (typeof importErrorCodes)[number];

/**
 * A file that cannot be imported. Says what went wrong, where, and what the user can do;
 * the UI shows `code` translated with `params` plus file and line, never `message` (English, for the
 * CLI) and never a stack trace.
 */
export class ImportError extends Error {
  readonly reason: ImportErrorReason;
  readonly line: number | null;
  readonly offset: number | null;
  readonly hint: string;
  /**
   * What exactly went wrong, for the translated message (e.g. 'zip-too-large'); the coarse
   * `reason` when no finer code was given. `params` fill the translation.
   */
  readonly code: ImportErrorCode;
  readonly params: Record<string, string | number>;

  constructor(
    reason: ImportErrorReason,
    message: string,
    options: {
      line?: number | null;
      offset?: number | null;
      hint?: string;
      code?: ImportErrorCode;
      params?: Record<string, string | number>;
    } = {},
  ) {
    super(message);
    this.name = 'ImportError';
    this.reason = reason;
    this.line = options.line ?? null;
    this.offset = options.offset ?? null;
    this.hint = options.hint ?? '';
    this.code = options.code ?? reason;
    this.params = options.params ?? {};
  }
}
