import {
  defaultProjectSettings,
  projectTableNames,
  type Id,
  type PlanContext,
  type Planned,
  type Project,
  type ProjectTableName,
  type Write,
  type WriteRow,
} from '../model';
import { remapProjectRows } from '../backup/remap-ids';
import type { BackupTables } from '../backup/format';

/**
 * Plans of a project's life: create, rename, open, delete (two-step: marked, then purged),
 * restore from the bin, duplicate. Each returns plain `Write`s like every command, so a later sync
 * layer sees a project's birth and death the same way it sees a coding.
 */

/** A project's name as stored: trimmed, inner runs of spaces made one, 1–200 characters. */
export function validProjectName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (!trimmed) throw new RangeError('A project needs a name.');
  if (trimmed.length > 200) throw new RangeError('A project name can be at most 200 characters.');
  return trimmed;
}

export function planCreateProject(input: { name: string; description?: string; isDemo?: boolean }, at: PlanContext): Planned<Project> {
  const project: Project = {
    id: at.newId(),
    name: validProjectName(input.name),
    description: input.description ?? '',
    settings: { ...defaultProjectSettings },
    createdAt: at.now,
    updatedAt: at.now,
    lastOpenedAt: null,
    deletedAt: null,
    isDemo: input.isDemo ?? false,
  };
  return { writes: [{ op: 'put', table: 'projects', projectId: project.id, row: project }], value: project };
}

/** One patch of the project row. */
export function planProjectPatch(projectId: Id, patch: Partial<Project>): Write[] {
  return [{ op: 'update', table: 'projects', projectId, key: projectId, patch }];
}

export function planRenameProject(projectId: Id, name: string, at: PlanContext): Write[] {
  return planProjectPatch(projectId, { name: validProjectName(name), updatedAt: at.now });
}

/** The keys of every row of a project, by table: what a purge deletes. */
export type ProjectKeys = Record<ProjectTableName, Id[]>;

/** Removes a project and everything in it: rows that point at others go first, the project row last. */
export function planPurgeProject(projectId: Id, keys: ProjectKeys): Write[] {
  return [
    ...[...projectTableNames].reverse().flatMap((table) => keys[table].map((key): Write => ({ op: 'delete', table, projectId, key }))),
    { op: 'delete', table: 'projects', projectId, key: projectId },
  ];
}

/** Every row of a project, and a project row, as puts (restore and duplicate write these). */
export function putProject(project: Project, tables: BackupTables): Write[] {
  const projectId = project.id;
  return [
    { op: 'put', table: 'projects', projectId, row: project },
    ...projectTableNames.flatMap((table) => tables[table].map((row): Write => ({ op: 'put', table, projectId, row: row as WriteRow }))),
  ];
}

/** A full, independent copy under a new name: every row gets a new id and every reference is remapped. */
export function planDuplicateProject(rows: { project: Project; tables: BackupTables }, input: { name: string }, at: PlanContext): Planned<Project> {
  const copy: Project = {
    ...rows.project,
    id: at.newId(),
    name: validProjectName(input.name),
    createdAt: at.now,
    updatedAt: at.now,
    lastOpenedAt: null,
    deletedAt: null,
    isDemo: false,
  };
  return { writes: putProject(copy, remapProjectRows(rows.tables, copy.id, at.newId)), value: copy };
}
