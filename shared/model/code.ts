import type { Authored, Entity, Id } from './entity';

/** A code in the hierarchical codebook. Criteria help coders apply it the same way. */
export interface Code extends Entity {
  projectId: Id;
  parentId: Id | null;
  order: number;
  name: string;
  shortName: string;
  color: string;
  definition: string;
  inclusion: string;
  exclusion: string;
  typicalExample: string;
  atypicalExample: string;
  /** Pinned codes are reachable with number keys 1–0. */
  pinned: boolean;
}

/** A coded segment: offsets into an immutable source text, end exclusive, in UTF-16 code units. */
export interface Coding extends Entity, Authored {
  projectId: Id;
  sourceId: Id;
  codeId: Id;
  /** The coder who applied it (same as authorId unless imported from another coder's file). */
  coderId: Id;
  start: number;
  end: number;
}

export interface Coder extends Entity {
  projectId: Id;
  name: string;
  color: string;
}
