import type { Coder } from '../../../shared/model';
import { planCurrentCoder } from '../../../shared/projects/plan-coder';
import type { KodebokDb } from '../db';
import { applyWritesInBulk } from '../history/apply-writes';
import { planContext } from '../ids';

/** The coder this machine codes as in a project (the first one), created on first use. */
export async function currentCoder(db: KodebokDb, projectId: string): Promise<Coder> {
  return db.transaction('rw', db.coders, async () => {
    const coders = await db.coders.where('projectId').equals(projectId).toArray();
    const planned = planCurrentCoder(coders, projectId, planContext());
    await applyWritesInBulk(db, planned.writes);
    return planned.value;
  });
}
