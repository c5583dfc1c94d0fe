import { appVersion } from '../../shared/version';
import { projectTables, type KodebokDb } from './db';
import { currentSchemaVersion } from './schema';

/**
 * A whole project as one JSON document: the backup format (ARCHITECTURE.md: "a JSON dump with a
 * schema version"). Restoring upgrades from `schemaVersion` like a Dexie migration would.
 */
export interface ProjectBackup {
  format: 'kodebok-project-backup';
  schemaVersion: number;
  appVersion: string;
  exportedAt: string;
  project: unknown;
  tables: Record<(typeof projectTables)[number], unknown[]>;
}

export async function backupProject(db: KodebokDb, projectId: string): Promise<ProjectBackup> {
  return db.transaction('r', [db.projects, ...projectTables.map((t) => db.table(t))], async () => {
    const project = await db.projects.get(projectId);
    if (!project) throw new Error(`No project with id ${projectId}.`);
    const tables = {} as ProjectBackup['tables'];
    for (const table of projectTables) tables[table] = await db.table(table).where('projectId').equals(projectId).toArray();
    return {
      format: 'kodebok-project-backup',
      schemaVersion: currentSchemaVersion,
      appVersion,
      exportedAt: new Date().toISOString(),
      project,
      tables,
    };
  });
}
