import type { Code, Id, Memo, Message, SourceKind, SpeakerRole, Subgroup } from '../model';

/*
 * What the index holds: one document per message or turn (so a hit knows its speaker and where
 * it sits in the source), one per source without messages, and one per memo, code and STC
 * condensate. Offsets of a hit in a message are offsets into the SOURCE text, like codings.
 */

export type SearchDocumentKind = 'message' | 'turn' | 'source' | 'memo' | 'code' | 'condensate';

export interface SearchDocument {
  /** Stable, and the MiniSearch id: `m:<messageId>`, `s:<sourceId>`, `memo:<id>`, `code:<id>`, `cond:<subgroupId>`. */
  id: string;
  kind: SearchDocumentKind;
  /** For message/turn/source: hits map to offsets in the source text. */
  sourceId?: Id;
  /** Where `text` sits in the source text; 0..text.length for memo/code/condensate. */
  start: number;
  end: number;
  text: string;
  role?: SpeakerRole;
  /** The source's title, or the memo's, code's or subgroup's name. */
  title?: string;
  /** The memo, code or subgroup row the text belongs to. */
  ownerId?: Id;
}

export interface SearchSourceRow {
  id: Id;
  title: string;
  /** The source's current text (typo fixes applied: shared/sources/current-text.ts). */
  text: string;
  /** Interviews and focus groups have turns; other sources messages. Absent reads as a dialogue. */
  kind?: SourceKind;
}

export interface SearchRows {
  sources: SearchSourceRow[];
  messages: Pick<Message, 'id' | 'sourceId' | 'start' | 'end' | 'role'>[];
  memos: Pick<Memo, 'id' | 'title' | 'plainText'>[];
  codes: Pick<Code, 'id' | 'name' | 'definition' | 'inclusion' | 'exclusion' | 'typicalExample' | 'atypicalExample'>[];
  /** STC step 3 subgroups: their condensates. */
  condensates?: Pick<Subgroup, 'id' | 'name' | 'plainText'>[];
}

/** The document ids of each kind of row: what to remove when the row changes or goes. */
export const searchDocumentId = {
  message: (messageId: Id) => `m:${messageId}`,
  source: (sourceId: Id) => `s:${sourceId}`,
  memo: (memoId: Id) => `memo:${memoId}`,
  code: (codeId: Id) => `code:${codeId}`,
  condensate: (subgroupId: Id) => `cond:${subgroupId}`,
};

/**
 * A code's searchable text: its name and criteria, one per paragraph, so a search for a word in
 * a definition finds the code. Hit offsets are into this text.
 */
export function codeSearchText(code: SearchRows['codes'][number]): string {
  return [code.name, code.definition, code.inclusion, code.exclusion, code.typicalExample, code.atypicalExample]
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join('\n\n');
}

const hasText = (doc: SearchDocument) => doc.text.trim() !== '';

function sourceDocuments(rows: SearchRows): SearchDocument[] {
  const bySource = new Map<Id, SearchRows['messages']>();
  for (const m of rows.messages) {
    const list = bySource.get(m.sourceId);
    if (list) list.push(m);
    else bySource.set(m.sourceId, [m]);
  }
  const docs: SearchDocument[] = [];
  for (const source of rows.sources) {
    const messages = bySource.get(source.id);
    if (!messages || messages.length === 0) {
      docs.push({ id: searchDocumentId.source(source.id), kind: 'source', sourceId: source.id, start: 0, end: source.text.length, text: source.text, title: source.title });
      continue;
    }
    const kind = source.kind === 'interview' || source.kind === 'focus-group' ? 'turn' : 'message';
    for (const m of messages) {
      const start = Math.max(0, Math.min(m.start, source.text.length));
      const end = Math.max(start, Math.min(m.end, source.text.length));
      docs.push({ id: searchDocumentId.message(m.id), kind, sourceId: source.id, start, end, text: source.text.slice(start, end), role: m.role, title: source.title });
    }
  }
  return docs;
}

/** The documents for these rows (any subset: one source's messages after a typo fix, one memo…); empty texts are left out. */
export function searchDocumentsOf(rows: SearchRows): SearchDocument[] {
  const owned = (kind: 'memo' | 'code' | 'condensate', id: Id, title: string, text: string): SearchDocument => ({
    id: searchDocumentId[kind](id),
    kind,
    start: 0,
    end: text.length,
    text,
    title,
    ownerId: id,
  });
  return [
    ...sourceDocuments(rows),
    ...rows.memos.map((m) => owned('memo', m.id, m.title, m.plainText)),
    ...rows.codes.map((c) => owned('code', c.id, c.name, codeSearchText(c))),
    ...(rows.condensates ?? []).map((s) => owned('condensate', s.id, s.name, s.plainText)),
  ].filter(hasText);
}
