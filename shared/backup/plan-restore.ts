import type { Project } from '../model';
import { upgradeRows } from '../migrations';
import type { BackupTables, ProjectBackup } from './format';
import { remapProjectRows } from './remap-ids';
import { repairRows, type BackupWarning } from './repair';

/** Plain rows for the store to write in one transaction: a new project and everything in it. */
export interface RestorePlan {
  project: Project;
  tables: BackupTables;
  warnings: BackupWarning[];
}

/**
 * Plans the restore of a checked backup (decodeBackup) as a NEW project: rows from an older
 * schema version go through the same upgrades as the local database did (shared/migrations),
 * damaged references are repaired or left out (repair.ts), and every row gets a fresh id, so the
 * original project, if it still exists, and any earlier restore stay untouched.
 */
export function planRestore(
  backup: Pick<ProjectBackup, 'schemaVersion' | 'project' | 'tables'>,
  ids: () => string,
  now: string,
  options: { name?: string } = {},
): RestorePlan {
  const upgraded = upgradeRows({ project: backup.project, tables: backup.tables }, backup.schemaVersion, {
    newId: ids,
    now,
  });
  const { tables, warnings } = repairRows(upgraded.tables);
  const projectId = ids();
  const original = upgraded.project as unknown as Project;
  const project: Project = {
    ...original,
    id: projectId,
    name: options.name ?? original.name,
    updatedAt: now,
    lastOpenedAt: null,
    deletedAt: null,
  };
  return { project, tables: remapProjectRows(withCoderIds(tables), projectId, ids), warnings };
}

/** Backups from before coders were explicit may name the author only; the coder is the author. */
function withCoderIds(tables: BackupTables): BackupTables {
  return {
    ...tables,
    codings: tables.codings.map((c) => ({ ...c, coderId: c.coderId || c.authorId, authorId: c.authorId || c.coderId })),
  };
}
