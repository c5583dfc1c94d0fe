import type { Source } from '../../../shared/model';
import type { PreparedSource } from '../../../shared/sources/plan-import';
import type { KodebokDb } from '../db';
import { findImportedHashes, importSources } from '../repositories/sources';

/** Importing sources as the import screen asks for it. */
export interface SourceActions {
  /** Writes a prepared batch into the project; returns the new sources. */
  importSources(projectId: string, batch: PreparedSource[]): Promise<Source[]>;
  /** Which of these content hashes the project already holds (a file imported before). */
  findImportedHashes(projectId: string, hashes: string[]): Promise<Set<string>>;
}

export function sourceActions(db: KodebokDb): SourceActions {
  return {
    importSources: (projectId, batch) => importSources(db, projectId, batch),
    findImportedHashes: (projectId, hashes) => findImportedHashes(db, projectId, hashes),
  };
}
