import type { Entity, Id } from './entity';

/** What a non-text source from another tool is. */
export type AttachmentKind = 'pdf' | 'picture' | 'audio' | 'video';

/** A selection on a non-text source, as the file gave it (page and box, or begin/end in ms). */
export interface AttachmentSelection {
  /** The selection's REFI GUID. */
  guid: string;
  /** The REFI element, e.g. 'PDFSelection', 'VideoSelection'. */
  kind: string;
  position: Record<string, number>;
  /** The names of the codes it carried. */
  codes: string[];
}

/**
 * A PDF, picture or recording that came with a REFI-QDA project (schema v6). Kodebok codes text, so
 * it is kept beside the project with its selections as plain data, for the researcher and for a
 * later export, not shown as a source. `bytes` is null when the file was not inside the .qdpx.
 */
export interface Attachment extends Entity {
  projectId: Id;
  name: string;
  kind: AttachmentKind;
  mediaType: string;
  bytes: Uint8Array | null;
  sizeBytes: number;
  /** The path the file gave (internal://…, relative://…). */
  path: string;
  refiGuid: string;
  selections: AttachmentSelection[];
}
