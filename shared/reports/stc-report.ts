import type { ReproduceTable } from '../reproduce';
import { reportReproduceTable } from './reproduce-blocks';
import type { ReportLanguage } from './labels';
import { auditTrail, type AuditTrail } from './audit-trail';
import { inOrder, quoteFinder, type ReportQuote } from './quote';
import type { ReportRows } from './rows';

export interface StcSubgroupReport {
  name: string;
  /** The condensate's plain text. */
  condensate: string;
  /** Meaning units sorted into this subgroup. */
  meaningUnits: number;
  /** Sources those units come from, each once. */
  sources: number;
  goldenQuotes: ReportQuote[];
}

export interface StcCodeGroupReport {
  name: string;
  /** The analytic text's heading, or the code group's name when it has none: the section heading. */
  heading: string;
  /** The analytic text's plain text ('' before step 4). */
  analyticText: string;
  /** How the findings meet theory ('' when not written). */
  theory: string;
  /** Meaning units placed in the code group, each once. */
  meaningUnits: number;
  /** Sources those units come from, each once. */
  sources: number;
  subgroups: StcSubgroupReport[];
}

/** The results of a systematic text condensation, ready to print as JSON, Markdown or .docx. */
export interface StcReport {
  method: 'stc';
  language: ReportLanguage;
  projectName: string;
  /** Sources in the project: "from 6 of 8 sources". */
  totalSources: number;
  codeGroups: StcCodeGroupReport[];
  audit: AuditTrail;
  /** The study's table reproduced beside the published values, when any is entered (Appendix C). */
  reproduce: ReproduceTable | null;
}

/**
 * Builds the STC report from plain rows: code groups in their order, each with its analytic text,
 * counts, and subgroups (in order) with condensates and golden quotes (in order). A golden quote
 * whose source is missing is left out rather than printed without its text.
 */
export function buildStcReport(rows: ReportRows, language: ReportLanguage): StcReport {
  const quote = quoteFinder(rows);
  const unitSource = new Map(rows.meaningUnits.map((u) => [u.id, u.sourceId]));
  const placed = (placements: ReportRows['placements']) => {
    const units = new Set(placements.map((p) => p.meaningUnitId).filter((id) => unitSource.has(id)));
    return { meaningUnits: units.size, sources: new Set([...units].map((id) => unitSource.get(id))).size };
  };
  const analytic = new Map(rows.analyticTexts.map((t) => [t.codeGroupId, t]));

  const codeGroups = inOrder(rows.codeGroups).map((group): StcCodeGroupReport => {
    const text = analytic.get(group.id);
    const placements = rows.placements.filter((p) => p.codeGroupId === group.id);
    const subgroups = inOrder(rows.subgroups.filter((s) => s.codeGroupId === group.id)).map((sub) => ({
      name: sub.name,
      condensate: sub.plainText,
      ...placed(placements.filter((p) => p.subgroupId === sub.id)),
      goldenQuotes: inOrder(rows.goldenQuotes.filter((q) => q.subgroupId === sub.id)).flatMap((q) => quote(q) ?? []),
    }));
    return {
      name: group.name,
      heading: text?.heading.trim() || group.name,
      analyticText: text?.plainText ?? '',
      theory: text?.theory ?? '',
      ...placed(placements),
      subgroups,
    };
  });
  return {
    method: 'stc',
    language,
    projectName: rows.projectName,
    totalSources: rows.sources.length,
    codeGroups,
    audit: auditTrail(rows, 'stc'),
    reproduce: reportReproduceTable(rows),
  };
}
