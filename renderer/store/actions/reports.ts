import type { PublishedTable } from '../../../shared/model';
import type { ReportTables } from '../../../shared/reports';
import { projectTables, type KodebokDb } from '../db';
import { readProjectRows } from '../repositories/project-copy';

/** What a report is built from: the project's name and its rows by table (shared/reports reportRowsFromTables). */
export interface ReportSourceRows {
  projectName: string;
  tables: ReportTables;
  /** The published values entered in Analysis ▸ Reproduce, reproduced in the report's appendix. */
  publishedTable?: PublishedTable;
}

/** Reports as the screens ask for them: the project read whole, in one consistent picture, as a backup reads it. */
export interface ReportActions {
  readReportTables(projectId: string): Promise<ReportSourceRows>;
}

export function reportActions(db: KodebokDb): ReportActions {
  return {
    readReportTables: (projectId) =>
      db.transaction('r', [db.projects, ...projectTables.map((t) => db.table(t))], async () => {
        const project = await db.projects.get(projectId);
        if (!project) throw new Error(`No project with id ${projectId}.`);
        return { projectName: project.name, tables: await readProjectRows(db, projectId), publishedTable: project.settings.publishedTable };
      }),
  };
}
