import type { Id, ReproduceCategory } from '../../../shared/model';
import { planSavePublishedValue } from '../../../shared/reproduce';
import type { History } from '../history/history';
import { applyWrites } from '../history/apply-writes';
import { planContext } from '../ids';

/**
 * Saves one published value of the reproduced table with the project (null clears it): one undo
 * step, labelled with the row. An unchanged value writes nothing.
 */
export async function savePublishedValue(
  history: History,
  projectId: Id,
  category: ReproduceCategory,
  value: number | null,
): Promise<void> {
  await history.run({ key: 'reproduce.savePublished' }, async (rec) => {
    const project = await history.db.projects.get(projectId);
    if (!project) throw new Error(`No project with id ${projectId}.`);
    await applyWrites(rec, planSavePublishedValue(project, category, value, planContext()));
  });
}
