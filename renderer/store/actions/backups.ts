import type { ProjectBackup, RestorePlan } from '../../../shared/backup';
import type { Project } from '../../../shared/model';
import { applyRestorePlan, backupProject } from '../backup';
import type { KodebokDb } from '../db';

/** Backups as the screens ask for them: read a project whole, or write a restored copy. */
export interface BackupActions {
  /** The whole project in one consistent read, ready to encode. */
  readBackup(projectId: string): Promise<Omit<ProjectBackup, 'tablesSha256'>>;
  /** Writes a planned restore (planRestore) in one transaction and returns the new project. */
  restoreBackup(plan: RestorePlan): Promise<Project>;
}

export function backupActions(db: KodebokDb): BackupActions {
  return {
    readBackup: (projectId) => backupProject(db, projectId),
    restoreBackup: (plan) => applyRestorePlan(db, plan),
  };
}
