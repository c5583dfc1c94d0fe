import type { Coder } from '../../../shared/model';
import { planCurrentCoder } from '../../../shared/projects/plan-coder';
import type { KodebokDb } from '../db';
import { applyWritesInBulk } from '../history/apply-writes';
import { planContext } from '../ids';
import { readSettings } from './settings';

/**
 * The coder this machine codes as in a project: the one chosen as active (Coders panel) while it
 * exists, else the first human one, created on first use.
 */
export async function currentCoder(db: KodebokDb, projectId: string): Promise<Coder> {
  return db.transaction('rw', db.coders, db.settings, async () => {
    const coders = await db.coders.where('projectId').equals(projectId).toArray();
    const active = (await readSettings(db)).activeCoders[projectId];
    const chosen = coders.find((c) => c.id === active);
    if (chosen) return chosen;
    const planned = planCurrentCoder(coders, projectId, planContext());
    await applyWritesInBulk(db, planned.writes);
    return planned.value;
  });
}
