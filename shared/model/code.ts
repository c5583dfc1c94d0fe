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

/**
 * Who applied a coding: a person, or the auto coder that codes search hits. Absent on coders stored
 * before auto-coding existed (and in their backups): read it as 'human'.
 */
export type CoderKind = 'human' | 'auto';

export interface Coder extends Entity {
  projectId: Id;
  name: string;
  color: string;
  /** Absent means 'human' (coderKind reads it). */
  kind?: CoderKind;
}

/** A coder's kind, with old rows (no kind) read as human. */
export function coderKind(coder: Pick<Coder, 'kind'>): CoderKind {
  return coder.kind ?? 'human';
}

/**
 * The project's auto coder: the one coder row that search-and-code codings belong to, so agreement
 * statistics and filters can leave them out by row rather than by a magic name.
 */
export function autoCoderOf<C extends Pick<Coder, 'kind'>>(coders: readonly C[]): C | undefined {
  return coders.find((c) => coderKind(c) === 'auto');
}
