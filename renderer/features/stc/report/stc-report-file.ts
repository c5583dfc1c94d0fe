import { buildStcReport, reportDocx, reportRowsFromTables, stcReportMarkdown, type ReportLanguage } from '../../../../shared/reports';
import type { ReportActions } from '../../../store/actions/reports';

export type StcReportFormat = 'md' | 'docx';

/** The languages the app's UI and the reports share; anything else writes the report in bokmål. */
export function reportLanguageOf(uiLanguage: string): ReportLanguage {
  return uiLanguage === 'nn' || uiLanguage === 'en' ? uiLanguage : 'nb';
}

/**
 * The STC report of a project as file contents: the project read whole, the report built from its
 * rows (quotes cut from each source's current text), printed as Markdown or a Word file.
 */
export async function stcReportFile(reports: ReportActions, projectId: string, language: ReportLanguage, format: StcReportFormat): Promise<string | Uint8Array<ArrayBuffer>> {
  const { projectName, tables } = await reports.readReportTables(projectId);
  const report = buildStcReport(reportRowsFromTables(projectName, tables), language);
  // A copy on a plain ArrayBuffer: what the platform bridge's save takes (never a shared buffer).
  return format === 'md' ? stcReportMarkdown(report) : new Uint8Array(await reportDocx(report));
}
