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

/** Machine-readable warning code so the UI can translate; `message` is the English wording. */
export type ImportWarningCode =
  | 'unknown-speaker-label'
  | 'unknown-delay-phrase'
  | 'empty-message'
  | 'text-before-first-speaker'
  | 'no-speakers-found'
  | 'timestamp-unreadable'
  | 'column-missing'
  | 'encoding-guessed'
  | 'pdf-no-text'
  | 'xlsx-other-sheets'
  | 'docx-message'
  | 'cue-unreadable'
  | 'invalid-utf8'
  | 'preamble'
  | 'nul-removed';

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
 * A file that cannot be imported. Says what went wrong, where, and what the user can do;
 * the UI shows `reason` translated plus file and line, never a stack trace.
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
  readonly code: string;
  readonly params: Record<string, string | number>;

  constructor(
    reason: ImportErrorReason,
    message: string,
    options: {
      line?: number | null;
      offset?: number | null;
      hint?: string;
      code?: string;
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
