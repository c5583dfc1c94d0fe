import type { Id, Source } from '../../../shared/model';
import type { SourceImpact } from '../../../shared/sources/plan-delete-source';
import { sourceDeletionImpact } from '../commands/sources';
import type { PreparedSource } from '../../../shared/sources/plan-import';
import type { KodebokDb } from '../db';
import { findImportedHashes, importSources } from '../repositories/sources';

/** Importing sources as the import screen asks for it, and what deleting one would take with it. */
export interface SourceActions {
  /** Writes a prepared batch into the project; returns the new sources. */
  importSources(projectId: string, batch: PreparedSource[]): Promise<Source[]>;
  /** Which of these content hashes the project already holds (a file imported before). */
  findImportedHashes(projectId: string, hashes: string[]): Promise<Set<string>>;
  /** What deleting a source would take with it: said in the confirmation before anything goes. */
  deletionImpact(sourceId: Id): Promise<SourceImpact>;
}

export function sourceActions(db: KodebokDb): SourceActions {
  return {
    importSources: (projectId, batch) => importSources(db, projectId, batch),
    findImportedHashes: (projectId, hashes) => findImportedHashes(db, projectId, hashes),
    deletionImpact: (sourceId) => sourceDeletionImpact(db, sourceId),
  };
}
