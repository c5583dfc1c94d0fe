import type { Project } from '../../../shared/model';
import {
  planCreateProject,
  planDuplicateProject,
  planProjectPatch,
  planPurgeProject,
  planRenameProject,
  type ProjectKeys,
} from '../../../shared/projects/plan-project';
import { projectTables, type KodebokDb } from '../db';
import { deleteSearchIndex } from './search-indexes';
import { applyWritesInBulk, projectScope, writeProject } from '../history/apply-writes';
import { nowIso, planContext } from '../ids';
import { readProjectRows } from './project-copy';

export { validProjectName } from '../../../shared/projects/plan-project';

/**
 * A project's life (create, rename, open, delete, restore, purge, duplicate) goes through the
 * same write path as every command: a plan in shared/projects returns `Write`s, applied here in
 * one transaction. These are not undo steps: deletion has its own undo (the mark is cleared).
 */

/** Projects that are not deleted, most recently opened first (never-opened ones by creation). */
export async function listProjects(db: KodebokDb): Promise<Project[]> {
  const all = await db.projects.filter((p) => p.deletedAt === null).toArray();
  const lastTouched = (p: Project) => p.lastOpenedAt ?? p.createdAt;
  return all.sort((a, b) => lastTouched(b).localeCompare(lastTouched(a)));
}

export async function getProject(db: KodebokDb, id: string): Promise<Project | undefined> {
  const project = await db.projects.get(id);
  return project && project.deletedAt === null ? project : undefined;
}

export async function createProject(
  db: KodebokDb,
  input: { name: string; description?: string; isDemo?: boolean },
): Promise<Project> {
  const planned = planCreateProject(input, planContext());
  await writeProject(db, planned.writes);
  return planned.value;
}

/** Applies a patch of the project row; refused when the project is gone. */
async function patchProject(db: KodebokDb, id: string, writes: ReturnType<typeof planProjectPatch>): Promise<void> {
  try {
    await writeProject(db, writes);
  } catch (error) {
    if (!(await db.projects.get(id))) throw new Error(`No project with id ${id}.`, { cause: error });
    throw error;
  }
}

export async function renameProject(db: KodebokDb, id: string, name: string): Promise<void> {
  await patchProject(db, id, planRenameProject(id, name, planContext()));
}

export async function markProjectOpened(db: KodebokDb, id: string): Promise<void> {
  await patchProject(db, id, planProjectPatch(id, { lastOpenedAt: nowIso() }));
}

/** Deletion is two-step so the user can undo for a few seconds: mark now, purge later. */
export async function markProjectDeleted(db: KodebokDb, id: string): Promise<void> {
  await patchProject(db, id, planProjectPatch(id, { deletedAt: nowIso() }));
}

export async function restoreProject(db: KodebokDb, id: string): Promise<void> {
  await patchProject(db, id, planProjectPatch(id, { deletedAt: null }));
}

/** Removes a project and everything in it, in one transaction. */
export async function purgeProject(db: KodebokDb, id: string): Promise<void> {
  await db.transaction('rw', projectScope(db), async () => {
    const keys = {} as ProjectKeys;
    for (const table of projectTables) keys[table] = (await db.table(table).where('projectId').equals(id).primaryKeys()) as string[];
    await applyWritesInBulk(db, planPurgeProject(id, keys));
  });
  // The search index is this machine's cache of the project, outside its tables: it goes with it.
  await deleteSearchIndex(db, id);
}

/** Purges every project marked deleted (run at start-up: the undo window has passed). */
export async function purgeDeletedProjects(db: KodebokDb): Promise<number> {
  const deleted = await db.projects.filter((p) => p.deletedAt !== null).toArray();
  for (const p of deleted) await purgeProject(db, p.id);
  return deleted.length;
}

/** A full, independent copy: every row gets a new id and every reference is remapped. */
export async function duplicateProject(db: KodebokDb, id: string, name: string): Promise<Project> {
  return db.transaction('rw', projectScope(db), async () => {
    const project = await db.projects.get(id);
    if (!project) throw new Error(`No project with id ${id}.`);
    const planned = planDuplicateProject({ project, tables: await readProjectRows(db, id) }, { name }, planContext());
    await applyWritesInBulk(db, planned.writes);
    return planned.value;
  });
}
