import type { Coder } from '../../../shared/model';
import type { KodebokDb } from '../db';
import { newId, nowIso } from '../ids';
import { defaultCoder } from './default-coder';

/** The coder this machine codes as in a project (the first one), created on first use. */
export async function currentCoder(db: KodebokDb, projectId: string): Promise<Coder> {
  return db.transaction('rw', db.coders, async () => {
    const existing = await db.coders.where('projectId').equals(projectId).sortBy('createdAt');
    if (existing[0]) return existing[0];
    const coder = defaultCoder(newId(), projectId, nowIso());
    await db.coders.add(coder);
    return coder;
  });
}
