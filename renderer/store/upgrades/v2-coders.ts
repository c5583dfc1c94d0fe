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
  for (const coding of codings) {
    if (known.has(coding.coderId)) continue;
    known.add(coding.coderId);
    added.push({ ...defaultCoder(coding.coderId, coding.projectId, now), name: `Koder ${added.length + 1}` });
  }
  const withCoder = new Set([...coders, ...added].map((c) => c.projectId));
  for (const project of projects) {
    if (!withCoder.has(project.id)) added.push(defaultCoder(newId(), project.id, now));
  }
  await tx.table('coders').bulkAdd(added);
}
