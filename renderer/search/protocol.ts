import type { Id, SpeakerRole } from '../../shared/model';
import type { SearchDocument, SearchDocumentKind, SearchMode, SearchOptions, SearchQueryError } from '../../shared/search';

/**
 * The messages between the app and the search worker. The worker holds the index and the
 * documents; the app sends what changed and the queries, and gets back progress, results and the
 * serialised index to keep.
 */

/** What a document hangs on: its source (messages, turns, whole texts) or its own row (memo, code, condensate). */
export type OwnerKey = string;

export function ownerKeyOf(doc: Pick<SearchDocument, 'kind' | 'sourceId' | 'ownerId'>): OwnerKey {
  return doc.sourceId !== undefined && (doc.kind === 'message' || doc.kind === 'turn' || doc.kind === 'source')
    ? sourceOwner(doc.sourceId)
    : `${doc.kind}:${doc.ownerId ?? ''}`;
}

export const sourceOwner = (sourceId: Id): OwnerKey => `source:${sourceId}`;

/** A short, stable signature of a document (FNV-1a over where it sits and its text): a restored index is checked against it. */
export function documentSignature(doc: SearchDocument): number {
  let h = 0x811c9dc5;
  const mix = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  };
  mix(`${doc.kind}|${doc.start}|${doc.end}|${doc.role ?? ''}|${doc.title ?? ''}|`);
  mix(doc.text);
  return h >>> 0;
}

export type ToWorker =
  | {
      type: 'open';
      options: SearchOptions;
      /** The index kept from last time (same version and options), or null to build it. */
      stored: { index: string; signatures: Record<string, number> } | null;
      docs: SearchDocument[];
      /** Source texts by source id: hits in messages and turns are shown in the context of their source. */
      texts: [Id, string][];
    }
  | { type: 'sync'; docs: SearchDocument[]; texts: [Id, string][] }
  | { type: 'replace'; owners: OwnerKey[]; docs: SearchDocument[]; texts: [Id, string | null][] }
  /** `limit`: the hits to place, a page of the result list (a longer page when the user asks for more). */
  | { type: 'query'; id: number; query: string; mode: SearchMode; limit: number; width: number };

export interface ResultLine {
  docId: string;
  kind: SearchDocumentKind;
  sourceId?: Id;
  ownerId?: Id;
  start: number;
  end: number;
  score: number;
  role?: SpeakerRole;
  title?: string;
  before: string;
  hit: string;
  after: string;
}

export type FromWorker =
  | { type: 'progress'; done: number; total: number }
  | { type: 'ready'; restored: boolean; documents: number; changed: number }
  /** The index to keep for next time, after building it or after changes settled. */
  | { type: 'serialized'; index: string; signatures: Record<string, number> }
  /** `texts`: how many texts the query matches, beyond the page of lines placed; `more`: hits past the page exist. */
  | { type: 'result'; id: number; lines: ResultLine[]; texts: number; more: boolean }
  | { type: 'query-error'; id: number; error: SearchQueryError }
  | { type: 'failed'; message: string };
