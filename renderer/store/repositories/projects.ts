import { defaultProjectSettings, type Project } from '../../../shared/model';
import { projectTables, type KodebokDb } from '../db';
import { newId, nowIso } from '../ids';
import { copyProjectRows } from './project-copy';

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

export function validProjectName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (!trimmed) throw new RangeError('A project needs a name.');
  if (trimmed.length > 200) throw new RangeError('A project name can be at most 200 characters.');
  return trimmed;
}

export async function createProject(
  db: KodebokDb,
  input: { name: string; description?: string; isDemo?: boolean },
): Promise<Project> {
  const now = nowIso();
  const project: Project = {
    id: newId(),
    name: validProjectName(input.name),
    description: input.description ?? '',
    settings: { ...defaultProjectSettings },
    createdAt: now,
    updatedAt: now,
    lastOpenedAt: null,
    deletedAt: null,
    isDemo: input.isDemo ?? false,
  };
  await db.projects.add(project);
  return project;
}

export async function renameProject(db: KodebokDb, id: string, name: string): Promise<void> {
  const updated = await db.projects.update(id, { name: validProjectName(name), updatedAt: nowIso() });
  if (!updated) throw new Error(`No project with id ${id}.`);
}

export async function markProjectOpened(db: KodebokDb, id: string): Promise<void> {
  await db.projects.update(id, { lastOpenedAt: nowIso() });
}

/** Deletion is two-step so the user can undo for a few seconds: mark now, purge later. */
export async function markProjectDeleted(db: KodebokDb, id: string): Promise<void> {
  await db.projects.update(id, { deletedAt: nowIso() });
}

export async function restoreProject(db: KodebokDb, id: string): Promise<void> {
  await db.projects.update(id, { deletedAt: null });
}

/** Removes a project and everything in it, in one transaction. */
export async function purgeProject(db: KodebokDb, id: string): Promise<void> {
  await db.transaction('rw', [db.projects, ...projectTables.map((t) => db.table(t))], async () => {
    for (const table of projectTables) await db.table(table).where('projectId').equals(id).delete();
    await db.projects.delete(id);
  });
}

/** Purges every project marked deleted (run at start-up: the undo window has passed). */
export async function purgeDeletedProjects(db: KodebokDb): Promise<number> {
  const deleted = await db.projects.filter((p) => p.deletedAt !== null).toArray();
  for (const p of deleted) await purgeProject(db, p.id);
  return deleted.length;
}

/** A full, independent copy: every row gets a new id and every reference is remapped. */
export async function duplicateProject(db: KodebokDb, id: string, name: string): Promise<Project> {
  return db.transaction('rw', [db.projects, ...projectTables.map((t) => db.table(t))], async () => {
    const original = await db.projects.get(id);
    if (!original) throw new Error(`No project with id ${id}.`);
    const now = nowIso();
    const copy: Project = {
      ...original,
      id: newId(),
      name: validProjectName(name),
      createdAt: now,
      updatedAt: now,
      lastOpenedAt: null,
      deletedAt: null,
      isDemo: false,
    };
    await db.projects.add(copy);
    await copyProjectRows(db, original.id, copy.id);
    return copy;
  });
}
