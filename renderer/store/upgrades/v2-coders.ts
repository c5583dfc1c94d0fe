import type { Transaction } from 'dexie';
import type { Coder, Coding, Project } from '../../../shared/model';
import { missingCoders } from '../../../shared/migrations/v2-coders';
import { newId, nowIso } from '../ids';

/**
 * v1 → v2: every project gets a stored coder (see {@link missingCoders}, which a restored
 * version-1 backup goes through too).
 */
export async function addMissingCoders(tx: Transaction): Promise<void> {
  const projects = (await tx.table('projects').toArray()) as Project[];
  const coders = (await tx.table('coders').toArray()) as Coder[];
  const codings = (await tx.table('codings').toArray()) as Coding[];
  await tx.table('coders').bulkAdd(missingCoders({ projects, coders, codings }, { newId, now: nowIso() }));
}
