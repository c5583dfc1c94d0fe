import type { Id } from '../../../shared/model';
import type { StcRows } from '../../../shared/stc/rows';
import type { KodebokDb } from '../db';

/**
 * Every STC row of a project and its sources' ids, titles and current lengths: what STC commands
 * plan from and STC screens read (useStcRows). One read over the ten tables, so both see the same picture.
 */
export async function readStcRows(db: KodebokDb, projectId: Id): Promise<StcRows> {
  const of = <T>(table: { where(i: string): { equals(v: Id): { toArray(): Promise<T[]> } } }) => table.where('projectId').equals(projectId).toArray();
  const sources = await db.sources.where('[projectId+order]').between([projectId, -Infinity], [projectId, Infinity]).toArray();
  return {
    projectId,
    sources: sources.map((s) => ({ id: s.id, title: s.title, length: s.length })),
    analysisSteps: await of(db.analysisSteps),
    readMarks: await of(db.readMarks),
    preliminaryThemes: await of(db.preliminaryThemes),
    meaningUnits: await of(db.meaningUnits),
    codeGroups: await of(db.codeGroups),
    subgroups: await of(db.subgroups),
    placements: await of(db.placements),
    goldenQuotes: await of(db.goldenQuotes),
    analyticTexts: await of(db.analyticTexts),
  };
}
