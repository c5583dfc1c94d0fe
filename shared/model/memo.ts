import type { Authored, Entity, Id } from './entity';

export type MemoTarget =
  | { kind: 'project'; id: Id }
  | { kind: 'source'; id: Id }
  | { kind: 'code'; id: Id }
  | { kind: 'coding'; id: Id };

export interface Memo extends Entity, Authored {
  projectId: Id;
  targetKind: MemoTarget['kind'];
  targetId: Id;
  title: string;
  /** Serialised Lexical editor state (JSON); plain text kept beside it for search and export. */
  content: string;
  plainText: string;
}
