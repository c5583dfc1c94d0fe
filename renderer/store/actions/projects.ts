import type { Project, Write } from '../../../shared/model';
import type { KodebokDb } from '../db';
import { writeProject } from '../history/apply-writes';
import {
  createProject,
  duplicateProject,
  getProject,
  markProjectDeleted,
  markProjectOpened,
  purgeProject,
  renameProject,
  restoreProject,
} from '../repositories/projects';

/** A project's life as the screens ask for it; the database stays inside the store. */
export interface ProjectActions {
  createProject(input: { name: string; description?: string; isDemo?: boolean }): Promise<Project>;
  renameProject(id: string, name: string): Promise<void>;
  markProjectOpened(id: string): Promise<void>;
  markProjectDeleted(id: string): Promise<void>;
  restoreProject(id: string): Promise<void>;
  purgeProject(id: string): Promise<void>;
  duplicateProject(id: string, name: string): Promise<Project>;
  /** The project, or undefined when it is gone or deleted. */
  getProject(id: string): Promise<Project | undefined>;
  /** Writes a planned new project (the demo) in one transaction: complete or not there at all. */
  writeNewProject(writes: readonly Write[]): Promise<void>;
}

export function projectActions(db: KodebokDb): ProjectActions {
  return {
    createProject: (input) => createProject(db, input),
    renameProject: (id, name) => renameProject(db, id, name),
    markProjectOpened: (id) => markProjectOpened(db, id),
    markProjectDeleted: (id) => markProjectDeleted(db, id),
    restoreProject: (id) => restoreProject(db, id),
    purgeProject: (id) => purgeProject(db, id),
    duplicateProject: (id, name) => duplicateProject(db, id, name),
    getProject: (id) => getProject(db, id),
    writeNewProject: (writes) => writeProject(db, writes),
  };
}
