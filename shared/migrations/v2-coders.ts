import type { Coder, Coding, Project } from '../model';
import { defaultCoder } from '../model/default-coder';
import type { UpgradeContext } from './context';

/**
 * v1 → v2, row by row: every project gets a stored coder. Codings that name a coder id nobody
 * stored keep that id, and a coder row is created for it, so agreement tables can list them by
 * name. Returns only the coders to add. The Dexie upgrade (renderer/store/upgrades/v2-coders.ts)
 * and the restore of a version-1 backup both call this, so they cannot drift apart.
 */
export function missingCoders(
  rows: { projects: readonly Pick<Project, 'id'>[]; coders: readonly Coder[]; codings: readonly Coding[] },
  context: UpgradeContext,
): Coder[] {
  const known = new Set(rows.coders.map((c) => c.id));
  const added: Coder[] = [];
  const perProject = new Map(rows.projects.map((p) => [p.id, rows.coders.filter((c) => c.projectId === p.id).length]));
  for (const coding of rows.codings) {
    if (known.has(coding.coderId)) continue;
    known.add(coding.coderId);
    // Numbered within the project: its first unnamed coder is "Koder 1".
    const n = (perProject.get(coding.projectId) ?? 0) + 1;
    perProject.set(coding.projectId, n);
    added.push({ ...defaultCoder(coding.coderId, coding.projectId, context.now), name: `Koder ${n}` });
  }
  const withCoder = new Set([...rows.coders, ...added].map((c) => c.projectId));
  for (const project of rows.projects) {
    if (!withCoder.has(project.id)) added.push(defaultCoder(context.newId(), project.id, context.now));
  }
  return added;
}
