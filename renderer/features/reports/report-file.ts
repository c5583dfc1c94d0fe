import type { AnalysisMethod } from '../../../shared/model';
import { buildStcReport, buildThematicReport, reportDocx, reportMarkdown, reportRowsFromTables, type ReportLanguage } from '../../../shared/reports';
import type { ReportActions } from '../../store/actions/reports';

export type ReportFormat = 'md' | 'docx';

/** The languages the app's UI and the reports share; anything else writes the report in bokmål. */
export function reportLanguageOf(uiLanguage: string): ReportLanguage {
  return uiLanguage === 'nn' || uiLanguage === 'en' ? uiLanguage : 'nb';
}

/**
 * The STC or thematic report of a project as file contents: the project read whole, the report
 * built from its rows (quotes cut from each source's current text), printed as Markdown or a Word
 * file — the same builders `cli report` uses.
 */
export async function reportFile(
  reports: ReportActions,
  projectId: string,
  method: AnalysisMethod,
  language: ReportLanguage,
  format: ReportFormat,
): Promise<string | Uint8Array<ArrayBuffer>> {
  const { projectName, tables, publishedTable } = await reports.readReportTables(projectId);
  const rows = reportRowsFromTables(projectName, tables, publishedTable);
  const report = method === 'stc' ? buildStcReport(rows, language) : buildThematicReport(rows, language);
  // A copy on a plain ArrayBuffer: what the platform bridge's save takes (never a shared buffer).
  return format === 'md' ? reportMarkdown(report) : new Uint8Array(await reportDocx(report));
}
