import type { ExchangeProject } from '../../exchange-project';
import type { PositionReading, UnplacedReason } from '../../offsets';
import type { RefiError, RefiParams } from './errors';

/** What the import report lists as a warning (translated in the UI: exchangeImport.warning.<code>). */
export const refiWarningCodes = [
  /** A source file the project names is not in the .qdpx (params: source, path). */
  'source-file-missing',
  /** A source lies outside the .qdpx (relative:// or absolute://) and was not brought in (params: source, path). */
  'source-external',
  /** A text source without plain text (only a rich-text file): not brought in (params: source). */
  'source-no-plain-text',
  /** A source's text could not be decoded (params: source, detail). */
  'source-unreadable',
  /** A source's text had no byte-order mark and is not UTF-8; read as `encoding` (params: source, encoding). */
  'source-encoding-guessed',
  /** A source's text has byte sequences that are not UTF-8, shown as U+FFFD (params: source, count). */
  'source-invalid-utf8',
  /** A PDF, picture, audio or video source: kept in the report, not as a text (params: source, kind, selections). */
  'source-not-text',
  /** Codings that name a code the codebook does not have: left out (params: code, count). */
  'unknown-code',
  /** A coding or note by a user the file does not list: a coder was made for them (params: user). */
  'unknown-user',
  /** A reference to a note the file does not have (params: note, count). */
  'unknown-note',
  /** A case names a source the file does not have (params: case, source). */
  'unknown-source',
  /** Sets were brought in as memos on the project, one per set (params: count). */
  'sets-as-memos',
  /** Selections that could not be placed in their text (params: count); each is listed. */
  'selections-unplaced',
  /** kodebok/extension.json is there but cannot be used (params: problem: not-an-extension | newer-version). */
  'extension-not-read',
  /** A PDF, picture or recording in the .qdpx too large to keep: kept without its bytes (params: source, detail). */
  'attachment-not-read',
] as const;

export type RefiWarningCode = (typeof refiWarningCodes)[number];

export interface RefiWarning {
  code: RefiWarningCode;
  params: RefiParams;
}

/** A text selection the import could not place, listed with its source and quoted text. */
export interface UnplacedSelection {
  source: string;
  selectionGuid: string;
  /** Positions as the file gives them. */
  start: number;
  end: number;
  reason: UnplacedReason | 'source-missing';
  /** The quoted text the file gives (`name`), else the text those positions cover as far as it exists. */
  text: string;
  /** The names of the codes it carried. */
  codes: string[];
}

export type AttachmentKind = 'pdf' | 'picture' | 'audio' | 'video';

/** A non-text source, kept in the report with its selections as plain data. */
export interface RefiAttachment {
  name: string;
  kind: AttachmentKind;
  mediaType: string;
  refiGuid: string;
  /** The path the file gives (internal://…, relative://…). */
  path: string;
  /** Whether the file is inside the .qdpx. */
  present: boolean;
  /** Whether the import keeps it (with its bytes when present) as an attachment of the project. */
  stored: boolean;
  /** Selections on it as the file gives them (page and box, or begin/end in ms), with the codes applied. */
  selections: { guid: string; kind: string; position: Record<string, number>; codes: string[] }[];
}

export interface RefiSourceSummary {
  title: string;
  kind: 'text' | AttachmentKind;
  /** UTF-16 units of the stored text; null when the text is not in the file or the source is not text. */
  characters: number | null;
  /** How the file's positions were read for this source (null without text or selections). */
  reading: PositionReading | 'either' | null;
}

export interface RefiCounts {
  users: number;
  codes: number;
  sources: number;
  /** PlainTextSelection elements, as in the file (NVivo writes one per code on the same range). */
  selections: number;
  /** Coding elements, as in the file, on any kind of source. */
  codings: number;
  notes: number;
  cases: number;
  variables: number;
  sets: number;
  /** What was brought in: codings placed in a text. */
  placedCodings: number;
}

export interface RefiReport {
  format: 'qdpx' | 'qdc';
  /** The `origin` the file names (e.g. "NVivo for Windows 12.6"), '' when it names none. */
  origin: string;
  counts: RefiCounts;
  sources: RefiSourceSummary[];
  warnings: RefiWarning[];
  unplaced: UnplacedSelection[];
  attachments: RefiAttachment[];
}

export type RefiReadResult = { ok: true; project: ExchangeProject; report: RefiReport } | { ok: false; error: RefiError };
