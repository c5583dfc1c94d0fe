/** Reports of an STC or thematic analysis: build the model from plain rows, then print it as JSON, Markdown or .docx. */
export { reportLabels, reportLanguages, fillLabel, type ReportLabels, type ReportLanguage } from './labels';
export type { ReportRows, ReportSource } from './rows';
export { publishedTableOf, reportRowsFromTables, type ReportTables } from './from-tables';
export type { ReportQuote } from './quote';
export type { AuditTrail } from './audit-trail';
export { buildStcReport, type StcReport, type StcCodeGroupReport, type StcSubgroupReport } from './stc-report';
export { buildThematicReport, type ThematicReport, type ThemeReport, type SubthemeReport } from './thematic-report';
export { stcReportJson, thematicReportJson } from './json';
export { stcReportMarkdown, thematicReportMarkdown, reportMarkdown } from './markdown';
export { reportDocx } from './docx';
