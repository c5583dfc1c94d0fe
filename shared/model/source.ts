import type { Entity, Id, IsoDateTime } from './entity';

/** What a source is; drives how the document view lays out its turns. */
export type SourceKind = 'dialogue' | 'interview' | 'focus-group' | 'text';

export type LineEndings = 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';

/** A replaced piece of personal data, recorded without the original value. */
export interface AnonymisationRecord {
  kind: 'phone' | 'email' | 'national-id' | 'address' | 'name';
  placeholder: string;
  count: number;
}

export interface SourceOrigin {
  fileName: string;
  /** Detected format id, e.g. 'dialogue-txt', 'transcript-txt', 'docx', 'vtt', 'srt', 'csv'. */
  format: string;
  /** Encoding the bytes were in, e.g. 'UTF-8', 'UTF-8 (BOM)', 'UTF-16LE', 'windows-1252'. */
  encoding: string;
  lineEndings: LineEndings;
  /** Hex SHA-256 of the original file bytes; duplicate imports are flagged by it. */
  sha256: string;
  sizeBytes: number;
  importedAt: IsoDateTime;
  anonymisation: AnonymisationRecord[];
}

export type AttributeValue = string | number | null;

/** A stretch of a source's text in UTF-16 code units, end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * Source metadata. The text itself lives in its own table (SourceText) so lists stay light;
 * it is immutable once imported: segments are offsets into it.
 */
export interface Source extends Entity {
  projectId: Id;
  title: string;
  kind: SourceKind;
  origin: SourceOrigin;
  /** Length of the text in UTF-16 code units. */
  length: number;
  /**
   * Header lines before the first turn (title, date, place): part of the stored text, shown above
   * the turns but not a message. Absent on sources imported before it was kept; read it as null.
   */
  preamble?: TextSpan | null;
  /** Case attributes by attribute id (group, role, workplace, age band…). */
  attributes: Record<Id, AttributeValue>;
  order: number;
}

export interface SourceText {
  sourceId: Id;
  projectId: Id;
  /** Normalised text (LF line endings) as imported: never changed; typo fixes are logged in sourceEdits. */
  text: string;
  /**
   * Set only on texts from before schema version 3 whose fix log did not fit the text: the id of the
   * last fix already contained in `text` (shared/sources/current-text.ts).
   */
  appliedThrough?: string;
}
