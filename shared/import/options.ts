import type { SpeakerRole } from '../model';
import type { ColumnMapping } from './table';

/** Format ids, as stored in a source's origin. */
export type ImportFormat = 'dialogue-txt' | 'transcript-txt' | 'docx' | 'pdf' | 'vtt' | 'srt' | 'csv' | 'xlsx';

export const importFormats: readonly ImportFormat[] = [
  'dialogue-txt',
  'transcript-txt',
  'docx',
  'pdf',
  'vtt',
  'srt',
  'csv',
  'xlsx',
];

/** What the user chose in the import dialog (or on the CLI). */
export interface ImportOptions {
  /** Skip detection and read the file as this format. */
  format?: ImportFormat;
  /** Roles for labels, overriding the defaults; also makes unknown labels known. */
  roleOverrides?: Record<string, SpeakerRole>;
  /** Which table columns hold what; guessed from the header row when absent. */
  columnMapping?: ColumnMapping;
  /** Title of the first (or only) source; defaults to the file name without extension. */
  title?: string;
}

/** What every text parser needs. */
export interface ParseOptions {
  title: string;
  /** The file's own name, for errors that must name it; the title when absent. */
  fileName?: string;
  roleOverrides?: Record<string, SpeakerRole>;
}
