import { backupFormat, type ProjectBackup, type RestorePlan } from '../../shared/backup';
import type { Project } from '../../shared/model';
import { appVersion } from '../../shared/version';
import { putProject } from '../../shared/projects/plan-project';
import { projectTables, type KodebokDb } from './db';
import { writeProject } from './history/apply-writes';
import { readProjectRows } from './repositories/project-copy';
import { currentSchemaVersion } from './schema';

export type { ProjectBackup } from '../../shared/backup';

/**
 * A whole project as one document (shared/backup/format.ts), read in one transaction so it is a
 * consistent picture even while the user keeps working. The checksum is added when it is encoded.
 */
export async function backupProject(db: KodebokDb, projectId: string): Promise<Omit<ProjectBackup, 'tablesSha256'>> {
  return db.transaction('r', [db.projects, ...projectTables.map((t) => db.table(t))], async () => {
    const project = await db.projects.get(projectId);
    if (!project) throw new Error(`No project with id ${projectId}.`);
    const tables = await readProjectRows(db, projectId);
    return {
      format: backupFormat,
      schemaVersion: currentSchemaVersion,
      appVersion,
      exportedAt: new Date().toISOString(),
      project: project as unknown as ProjectBackup['project'],
      tables,
    };
  });
}

/**
 * Writes a planned restore (planRestore in shared/backup) in ONE transaction, as plain writes: the new project and
 * every row, or, if anything fails, nothing at all.
 */
export async function applyRestorePlan(db: KodebokDb, plan: RestorePlan): Promise<Project> {
  // The same write path as every change (putProject: the project row, then every row as a put).
  await writeProject(db, putProject(plan.project, plan.tables));
  return plan.project;
}
