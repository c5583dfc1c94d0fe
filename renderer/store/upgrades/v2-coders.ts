import type { Transaction } from 'dexie';
import type { Coder, Coding, Project } from '../../../shared/model';
import { newId, nowIso } from '../ids';
import { defaultCoder } from '../repositories/default-coder';

/**
 * v1 → v2: every project gets a stored coder. Codings that name a coder id nobody stored keep
 * that id, and a coder row is created for it, so agreement tables can list them by name.
 */
export async function addMissingCoders(tx: Transaction): Promise<void> {
  const projects = (await tx.table('projects').toArray()) as Project[];
  const coders = (await tx.table('coders').toArray()) as Coder[];
  const codings = (await tx.table('codings').toArray()) as Coding[];
  const known = new Set(coders.map((c) => c.id));
  const now = nowIso();
  const added: Coder[] = [];
  const perProject = new Map(projects.map((p) => [p.id, coders.filter((c) => c.projectId === p.id).length]));
  for (const coding of codings) {
    if (known.has(coding.coderId)) continue;
    known.add(coding.coderId);
    // Numbered within the project: its first unnamed coder is "Koder 1".
    const n = (perProject.get(coding.projectId) ?? 0) + 1;
    perProject.set(coding.projectId, n);
    added.push({ ...defaultCoder(coding.coderId, coding.projectId, now), name: `Koder ${n}` });
  }
  const withCoder = new Set([...coders, ...added].map((c) => c.projectId));
  for (const project of projects) {
    if (!withCoder.has(project.id)) added.push(defaultCoder(newId(), project.id, now));
  }
  await tx.table('coders').bulkAdd(added);
}
